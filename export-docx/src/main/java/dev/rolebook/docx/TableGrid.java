package dev.rolebook.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * What ECMA-376 requires of every table beyond its rows: a {@code w:tblGrid} with one column
 * width each (readers that follow the schema, such as pandoc and python-docx, drop or refuse a
 * table without one; Word rebuilds it at best). Columns share the text width of the page the
 * reference document sets. POI also gives each new table its own single black borders, which
 * would hide the borders of the table style the reference defines, so they are taken off.
 */
final class TableGrid {
    /** A4 less rolebook's own margins, for a reference document whose page size is not plain twips. */
    private static final long FALLBACK_TEXT_WIDTH = 9524;

    private TableGrid() {}

    static void apply(XWPFDocument document, XWPFTable table, int columns) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties != null && properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        BigInteger width = BigInteger.valueOf(textWidth(document) / columns);
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(width);
        }
    }

    /** The page width less the left and right margins, in twentieths of a point. */
    static long textWidth(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section == null || section.getPgSz() == null) {
            return FALLBACK_TEXT_WIDTH;
        }
        CTPageSz size = section.getPgSz();
        CTPageMar margins = section.getPgMar();
        Long page = twips(size.getW());
        Long left = margins == null ? Long.valueOf(0) : twips(margins.getLeft());
        Long right = margins == null ? Long.valueOf(0) : twips(margins.getRight());
        if (page == null || left == null || right == null || page - left - right <= 0) {
            return FALLBACK_TEXT_WIDTH;
        }
        return page - left - right;
    }

    /** A measure written as plain twips; null for one in other units ("2cm"), which is left to the fallback. */
    private static Long twips(Object measure) {
        if (measure == null) {
            return 0L;
        }
        try {
            return new BigInteger(measure.toString().strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
