package dev.rolebook.pdf;

import dev.rolebook.xhtml.Vocabulary;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the PDF outline (bookmarks) from the document's structure: every element with an id
 * whose first child element is a heading becomes a bookmark titled with that heading, nested as
 * the elements nest. For a handbook that gives department, role, section. Flying Saucer reads the
 * result from a {@code <bookmarks>} element in the head.
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
        collect(body, bookmarks, document);
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static void collect(Element element, Element parentBookmark, Document document) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element section)) {
                continue;
            }
            Element heading = firstChildElement(section);
            Element into = parentBookmark;
            if (!section.getAttribute("id").isEmpty() && heading != null && HEADINGS.contains(heading.getLocalName())) {
                Element bookmark = document.createElementNS(XHTML, "bookmark");
                bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
                bookmark.setAttribute("href", "#" + section.getAttribute("id"));
                parentBookmark.appendChild(bookmark);
                into = bookmark;
            }
            collect(section, into, document);
        }
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
