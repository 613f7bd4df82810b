package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which PDF structure type (ISO 32000-1, 14.8.4) an XHTML element becomes in a tagged PDF. An
 * element with none (span, strong, em, br) adds no level: its text joins the nearest element that
 * has one. A list inside the contents ({@code nav} of class {@code toc}) is a TOC, its items TOCI.
 */
final class StructureRoles {
    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName SPAN = new PdfName("Span");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName LI = new PdfName("LI");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName LINK = new PdfName("Link");
    static final PdfName TH = new PdfName("TH");

    private StructureRoles() {}

    /** The element's structure type, or null when it adds no level of its own. */
    static PdfName of(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        switch (name) {
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                return new PdfName("H" + name.charAt(1));
            case "p":
                return new PdfName("P");
            case "ul": case "ol":
                return inContents(element) ? new PdfName("TOC") : new PdfName("L");
            case "li":
                return inContents(element) ? new PdfName("TOCI") : LI;
            case "table":
                return new PdfName("Table");
            case "thead":
                return new PdfName("THead");
            case "tbody":
                return new PdfName("TBody");
            case "tfoot":
                return new PdfName("TFoot");
            case "tr":
                return new PdfName("TR");
            case "th":
                return TH;
            case "td":
                return new PdfName("TD");
            case "caption":
                return new PdfName("Caption");
            case "img":
                return FIGURE;
            case "a":
                return element.hasAttribute("href") ? LINK : null;
            case "blockquote":
                return new PdfName("BlockQuote");
            case "article":
                return new PdfName("Art");
            case "section": case "main": case "header": case "footer": case "nav": case "aside":
                return new PdfName("Sect");
            case "div": case "dl":
                return new PdfName("Div");
            case "dt":
                return new PdfName("P");
            case "dd":
                // A term's explanation: a paragraph of its own, or a group when it holds blocks.
                return holdsBlocks(element) ? new PdfName("Div") : new PdfName("P");
            default:
                return null;
        }
    }

    private static boolean holdsBlocks(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element block && java.util.Set.of("p", "ul", "ol", "dl", "table", "div", "blockquote")
                    .contains(block.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list or list item belongs to the document's contents. */
    private static boolean inContents(Element element) {
        for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if ("nav".equals(parent.getLocalName())
                    && (" " + parent.getAttribute("class") + " ").contains(" toc ")) {
                return true;
            }
        }
        return false;
    }
}
