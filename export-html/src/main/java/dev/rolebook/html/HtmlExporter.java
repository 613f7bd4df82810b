package dev.rolebook.html;

import dev.rolebook.xhtml.Vocabulary;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code html} format: the XHTML document itself, made self-contained so a browser makes no
 * request for it: stylesheets are inlined, images and files that stylesheets name become
 * {@code data:} URIs, and anything that would be fetched from elsewhere is refused.
 */
public final class HtmlExporter implements Exporter {
    static final String XHTML = Vocabulary.XHTML;
    private static final String IDENTIFIER = "rolebook-identifier";
    /** As {@link Html5Writer} writes it: attributes in alphabetical order. */
    private static final Pattern IDENTIFIER_META =
            Pattern.compile("<meta content=\"([0-9a-f]+)\" name=\"" + IDENTIFIER + "\">");
    /** Images and fonts from data: URIs, styles from the page itself, nothing else. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void export(XhtmlDocument xhtml, ExportOptions options, OutputStream out) throws IOException {
        Document document = XhtmlParser.parse(xhtml);
        Inliner inliner = new Inliner(xhtml.resources());
        new SelfContained(inliner).apply(document);
        if (!inliner.problems().isEmpty()) {
            throw new ExportException(xhtml.name() + ": " + String.join("; ", inliner.problems()));
        }
        hideRunningParts(document);
        addHead(document, options.identifier());
        out.write(Html5Writer.write(document).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The running header, footer and role are page furniture, which a page for screens has no
     * pages for: hidden (HTML's own attribute, which a browser honours on screen and in print
     * alike, and screen readers too), so that a page printed from the browser does not begin with
     * "Page 0 of 0" as text. Its stylesheet for pages, which would place them, is left out.
     */
    private static void hideRunningParts(Document document) {
        for (Element element : elements(document, "*")) {
            if (Vocabulary.isRunning(element)) {
                element.setAttribute("hidden", "");
            }
        }
    }

    /**
     * A content security policy first, so that a browser itself refuses any request the checks
     * above might have missed; then the viewport for small screens.
     */
    private static void addHead(Document document, String identifier) {
        Element head = elements(document, "head").stream().findFirst().orElse(null);
        if (head == null) {
            return;
        }
        if (identifier != null) {
            Element meta = document.createElementNS(XHTML, "meta");
            meta.setAttribute("name", IDENTIFIER);
            meta.setAttribute("content", identifier);
            head.appendChild(meta);
        }
        Element viewport = document.createElementNS(XHTML, "meta");
        viewport.setAttribute("name", "viewport");
        viewport.setAttribute("content", "width=device-width, initial-scale=1");
        head.insertBefore(viewport, head.getFirstChild());
        Element policy = document.createElementNS(XHTML, "meta");
        policy.setAttribute("http-equiv", "Content-Security-Policy");
        policy.setAttribute("content", CONTENT_SECURITY_POLICY);
        head.insertBefore(policy, head.getFirstChild());
    }

    @Override
    public Optional<String> identifier(Path file) throws IOException {
        String html = page(file);
        Matcher meta = IDENTIFIER_META.matcher(html);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    /** The data block as written: a script's text is raw in HTML, and the JSON escapes {@code <}. */
    @Override
    public Optional<String> record(Path file) throws IOException {
        Matcher script = RECORD.matcher(page(file));
        return script.find() ? Optional.of(script.group(1)) : Optional.empty();
    }

    private static final Pattern RECORD = Pattern.compile("<script type=\"" + Pattern.quote(
            dev.rolebook.xhtml.Vocabulary.ROLE_RECORD) + "\">([^<]*)</script>");

    /** A whole page of rolebook's, or "" for a file that cannot be one. */
    private static String page(Path file) throws IOException {
        String html;
        try {
            // No page of rolebook's is near this size; a file that is, or is not UTF-8, is not one.
            html = Files.size(file) > 64L * 1024 * 1024 ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
        return html.stripTrailing().endsWith("</html>") ? html : "";
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(XHTML, name);
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
