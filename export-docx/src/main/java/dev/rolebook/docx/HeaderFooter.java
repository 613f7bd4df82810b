package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.w3c.dom.Element;

/**
 * The document's running header and footer onto Word's. A reference document that has its own
 * header (a logo, say) or footer keeps it; otherwise the header carries the running header text
 * and, where the document has chapters, the current chapter's title (a STYLEREF field), and the
 * footer carries the footer text with PAGE and NUMPAGES fields. A handbook's cover page has none.
 */
final class HeaderFooter {
    private HeaderFooter() {}

    static void apply(XWPFDocument document, org.w3c.dom.Document xhtml, DocxBuilder builder, boolean coverPage) {
        Element header = first(xhtml, "running-header");
        Element footer = first(xhtml, "running-footer");
        boolean chapters = first(xhtml, "running-role") != null;
        if (header != null && !hasHeader(document)) {
            XWPFHeader part = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = paragraph(part.getParagraphs(), part.createParagraph());
            paragraph.setStyle(builder.styles().style("header"));
            Inline.of(DocxBuilder.children(header), false).writeTo(paragraph, builder);
            if (chapters) {
                paragraph.createRun().addTab();
                Fields.simple(paragraph, "STYLEREF \"" + StyleMap.nameFor("h2") + "\"", "");
            }
        }
        if (footer != null && !hasFooter(document)) {
            XWPFFooter part = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = paragraph(part.getParagraphs(), part.createParagraph());
            paragraph.setStyle(builder.styles().style("footer"));
            Inline.of(DocxBuilder.children(footer), false).writeTo(paragraph, builder);
        }
        if (coverPage) {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
                document.createHeader(HeaderFooterType.FIRST);
                document.createFooter(HeaderFooterType.FIRST);
            }
        }
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> existing, XWPFParagraph created) {
        return existing.isEmpty() ? created : existing.get(0);
    }

    /**
     * Read from the section rather than POI's header policy: a document that starts blank has the
     * reference's headers as parts POI has not loaded, which the policy does not see.
     */
    private static boolean hasHeader(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        return section != null && section.getHeaderReferenceList().stream().anyMatch(HeaderFooter::isDefault);
    }

    private static boolean hasFooter(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        return section != null && section.getFooterReferenceList().stream().anyMatch(HeaderFooter::isDefault);
    }

    private static boolean isDefault(CTHdrFtrRef reference) {
        return reference.getType() == null || reference.getType() == STHdrFtr.DEFAULT;
    }

    private static Element first(org.w3c.dom.Document xhtml, String className) {
        org.w3c.dom.NodeList divs = xhtml.getElementsByTagNameNS(Vocabulary.XHTML, "div");
        // item(i) until null rather than getLength(): counting walks the whole document, and the
        // wanted div is near its start.
        Element div;
        for (int i = 0; (div = (Element) divs.item(i)) != null; i++) {
            if (Vocabulary.hasClass(div, className)) {
                return div;
            }
        }
        return null;
    }
}
