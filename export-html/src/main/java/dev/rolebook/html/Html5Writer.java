package dev.rolebook.html;

import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM as HTML5 text: void elements without end tags, other empty elements with them
 * (a self-closed {@code <div/>} would swallow what follows in an HTML parser), and script and
 * style contents unescaped, as HTML parses them. The JSON-LD inside is already safe there: its
 * strings escape {@code <} and {@code /}.
 */
final class Html5Writer {
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");

    private Html5Writer() {}

    static String write(Document document) {
        StringBuilder html = new StringBuilder(64 * 1024).append("<!DOCTYPE html>\n");
        element(document.getDocumentElement(), html);
        return html.append('\n').toString();
    }

    private static void element(Element element, StringBuilder html) {
        String name = element.getLocalName();
        html.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getName();
            // Namespace declarations and xml:lang mean nothing to an HTML parser; lang stays.
            if (attributeName.equals("xmlns") || attributeName.startsWith("xmlns:") || attributeName.equals("xml:lang")) {
                continue;
            }
            html.append(' ').append(attributeName)
                    .append("=\"").append(escape(attribute.getValue(), true)).append('"');
        }
        html.append('>');
        if (VOID.contains(name)) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, html);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> html.append(RAW_TEXT.contains(name)
                        ? rawText(child.getNodeValue(), name) : escape(child.getNodeValue(), false));
                default -> { }
            }
        }
        html.append("</").append(name).append('>');
    }

    /** Raw text cannot contain its own end tag; a stylesheet or script that does is cut there safely. */
    private static String rawText(String text, String element) {
        return text.replaceAll("(?i)</(" + element + ")", "<\\\\/$1");
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\u00A0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
