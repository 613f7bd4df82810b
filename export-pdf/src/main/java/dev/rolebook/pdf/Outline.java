package dev.rolebook.pdf;

import dev.rolebook.xhtml.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds the PDF outline (bookmarks) from the document's structure: every element with an id
 * whose first child element is a heading becomes a bookmark titled with that heading, nested as
 * the elements nest. For a handbook that gives department, role, section. Flying Saucer reads the
 * result from a {@code <bookmarks>} element in the head.
 *
 * <p>A bookmark leads to its heading, not to the element the heading opens: a heading kept with what
 * follows it moves to the next page when that does not fit, while the element it opens still
 * starts, with its margin, at the foot of the page before. Flying Saucer finds a bookmark's page by
 * id, so a heading without one is given one, unused elsewhere in the document.
 */
final class Outline {
    private static final String XHTML = Vocabulary.XHTML;
    private static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4");

    private Outline() {}

    static void add(Document document) {
        Element head = (Element) document.getElementsByTagNameNS(XHTML, "head").item(0);
        Element body = (Element) document.getElementsByTagNameNS(XHTML, "body").item(0);
        if (head == null || body == null) {
            return;
        }
        Element bookmarks = document.createElementNS(XHTML, "bookmarks");
        Set<String> ids = new HashSet<>();
        NodeList all = document.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            ids.add(((Element) all.item(i)).getAttribute("id"));
        }
        collect(body, bookmarks, document, ids);
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static void collect(Element element, Element parentBookmark, Document document, Set<String> ids) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element section)) {
                continue;
            }
            Element heading = firstChildElement(section);
            Element into = parentBookmark;
            if (!section.getAttribute("id").isEmpty() && heading != null && HEADINGS.contains(heading.getLocalName())) {
                Element bookmark = document.createElementNS(XHTML, "bookmark");
                bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
                bookmark.setAttribute("href", "#" + idOf(heading, section.getAttribute("id") + "-heading", ids));
                parentBookmark.appendChild(bookmark);
                into = bookmark;
            }
            collect(section, into, document, ids);
        }
    }

    private static String idOf(Element heading, String wanted, Set<String> ids) {
        if (!heading.getAttribute("id").isEmpty()) {
            return heading.getAttribute("id");
        }
        String id = wanted;
        for (int n = 2; ids.contains(id); n++) {
            id = wanted + "-" + n;
        }
        ids.add(id);
        heading.setAttribute("id", id);
        return id;
    }

    private static Element firstChildElement(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !Vocabulary.isRunning(e)) {
                return e;
            }
        }
        return null;
    }
}
