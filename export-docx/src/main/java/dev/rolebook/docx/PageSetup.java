package dev.rolebook.docx;

import dev.rolebook.xhtml.PageSize;
import dev.rolebook.xhtml.export.ExportOptions;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Document;

/**
 * The paper the XHTML states, as the Word section's page size, so a DOCX is printed on the same
 * paper as the PDF made with the same {@code --paper}. A user's reference document keeps its own
 * page size unless the paper was chosen ({@link ExportOptions#paperStated}): a company's Letter
 * letterhead gives Letter documents, and {@code --paper A4} still gives A4. The reference document
 * always gives the margins, header and footer.
 */
final class PageSetup {
    private PageSetup() {}

    /** The page size a DOCX is given; empty where it keeps the reference document's. */
    static Optional<PageSize> chosen(Document xhtml, ExportOptions options) {
        if (options.referenceDocx() != null && !options.paperStated()) {
            return Optional.empty();
        }
        return PageSize.of(xhtml);
    }

    static void apply(XWPFDocument document, PageSize paper) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(twips(paper.widthPoints()));
        size.setH(twips(paper.heightPoints()));
        if (size.isSetOrient()) {
            size.unsetOrient();
        }
    }

    private static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }
}
