package dev.rolebook.templates;

import dev.rolebook.xhtml.XhtmlParser;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading rendered XHTML back in tests. */
final class Xhtml {
    static final String NS = "http://www.w3.org/1999/xhtml";

    private Xhtml() {}

    static Document parse(RenderResult result) {
        return XhtmlParser.parse(result.document());
    }

    static String bodyText(Document document) {
        return document.getElementsByTagNameNS(NS, "body").item(0).getTextContent();
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(NS, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> withClass(Document document, String className) {
        List<Element> found = new ArrayList<>();
        collect(document.getDocumentElement(), className, found);
        return found;
    }

    private static void collect(Node node, String className, List<Element> found) {
        if (node instanceof Element element
                && List.of(element.getAttribute("class").split(" ")).contains(className)) {
            found.add(element);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, className, found);
        }
    }
}
