package dev.rolebook.xhtml;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The names in the XHTML document that exporters act on, and the one rule by which a class is
 * matched: as a whole, among the element's space-separated classes (as CSS matches {@code .name}).
 * Classes of a user's own, for their stylesheets, may stand beside these; they mean nothing to an
 * exporter. What each name becomes in each format is in the templates module's README.
 */
public final class Vocabulary {
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Page header content, on every page. */
    public static final String RUNNING_HEADER = "running-header";
    /** Page footer content, on every page. */
    public static final String RUNNING_FOOTER = "running-footer";
    /** The role's name at the header's other end, on the pages of that role. */
    public static final String RUNNING_ROLE = "running-role";
    public static final List<String> RUNNING = List.of(RUNNING_HEADER, RUNNING_FOOTER, RUNNING_ROLE);
    /** An empty span filled with the page number. */
    public static final String PAGE_NUMBER = "page-number";
    /** An empty span filled with the number of pages. */
    public static final String PAGE_COUNT = "page-count";
    /** The element starts a new page. */
    public static final String PAGE_BREAK_BEFORE = "page-break-before";
    /** The element is not split across pages. */
    public static final String KEEP_TOGETHER = "keep-together";
    /** On {@code nav}: the table of contents. */
    public static final String TOC = "toc";
    /** On {@code img}: the organization's logo, set at a logo's height. */
    public static final String LOGO = "logo";
    /**
     * The type of a head {@code script} holding what a role sheet says of its role, as JSON: each
     * format carries it as data (a PDF's embedded file, a DOCX's custom XML part, the web page's
     * data block), so the file alone tells what was signed.
     */
    public static final String ROLE_RECORD = "application/vnd.rolebook.role+json";

    private Vocabulary() {}

    /** The text of the document's {@link #ROLE_RECORD} script, or null when it has none. */
    public static String roleRecord(org.w3c.dom.Document document) {
        org.w3c.dom.NodeList scripts = document.getElementsByTagNameNS(XHTML, "script");
        for (int i = 0; i < scripts.getLength(); i++) {
            Element script = (Element) scripts.item(i);
            if (script.getAttribute("type").strip().equalsIgnoreCase(ROLE_RECORD)) {
                return script.getTextContent();
            }
        }
        return null;
    }

    /** Whether {@code name} is one of the element's classes. */
    public static boolean hasClass(Element element, String name) {
        String classes = element.getAttribute("class");
        int at = classes.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean startsToken = at == 0 || isSpace(classes.charAt(at - 1));
            boolean endsToken = end == classes.length() || isSpace(classes.charAt(end));
            if (startsToken && endsToken) {
                return true;
            }
            at = classes.indexOf(name, at + 1);
        }
        return false;
    }

    /** Whether the element is running content (header, footer, role), which pages repeat rather than flow. */
    public static boolean isRunning(Element element) {
        for (String running : RUNNING) {
            if (hasClass(element, running)) {
                return true;
            }
        }
        return false;
    }

    /** HTML's space characters, which separate classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
