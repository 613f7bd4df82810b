package dev.rolebook.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a document says, structurally, read from the HTML rolebook made from the same XHTML:
 * the cover's title, headings, tables with their cells, list items. A DOCX reader must find the
 * same in the DOCX. The entries of the contents are left out: in DOCX they are a field Word fills in, not a list.
 */
record HtmlStructure(Document dom, String title, List<String> headings, List<List<String>> tables, int listItems) {

    static HtmlStructure read(Path html) throws IOException {
        Document dom = parse(html);
        Element body = (Element) dom.getElementsByTagName("body").item(0);
        List<String> headings = new ArrayList<>();
        List<List<String>> tables = new ArrayList<>();
        int[] items = {0};
        String[] title = {null};
        walk(body, title, headings, tables, items);
        return new HtmlStructure(dom, title[0], headings, tables, items[0]);
    }

    static Document parse(Path html) throws IOException {
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        try (InputStream in = Files.newInputStream(html)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            return builder.parse(source);
        } catch (SAXException e) {
            throw new IOException(html + ": " + e.getMessage(), e);
        }
    }

    private static void walk(Element element, String[] title, List<String> headings, List<List<String>> tables,
            int[] items) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            String name = e.getLocalName();
            String classes = " " + e.getAttribute("class") + " ";
            if (classes.contains(" cover-title ")) {
                title[0] = text(e);
            } else if (name.matches("h[1-6]")) {
                headings.add(text(e));
            } else if (name.equals("table")) {
                List<String> cells = new ArrayList<>();
                NodeList list = e.getElementsByTagName("*");
                for (int i = 0; i < list.getLength(); i++) {
                    String cell = list.item(i).getLocalName();
                    if (cell.equals("td") || cell.equals("th")) {
                        cells.add(text((Element) list.item(i)));
                    }
                }
                tables.add(cells);
                continue;
            } else if (name.equals("li") && classes.contains(" toc-")) {
                continue;
            } else if (name.equals("li")) {
                items[0]++;
            } else if (name.equals("script") || name.equals("style")) {
                continue;
            }
            walk(e, title, headings, tables, items);
        }
    }

    /** An element's text with white space folded, as readers report it; a line break reads as a space. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        collect(element, text);
        return fold(text.toString());
    }

    private static void collect(org.w3c.dom.Node node, StringBuilder text) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getLocalName() != null && e.getLocalName().equals("br")) {
                text.append(' ');
            } else if (child instanceof Element) {
                collect(child, text);
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
    }

    static String fold(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
