package dev.rolebook.docx;

import dev.rolebook.xhtml.PageSize;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The paper the XHTML states, as the Word section's page size, so a DOCX is printed on the same
 * paper as the PDF made with the same {@code --paper}. The reference document still gives the
 * margins, header and footer.
 */
final class PageSetup {
    private PageSetup() {}

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
