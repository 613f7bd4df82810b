package dev.rolebook.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * What ECMA-376 requires of every table beyond its rows: a {@code w:tblGrid} with one column
 * width each (readers that follow the schema, such as pandoc and python-docx, drop or refuse a
 * table without one; Word rebuilds it at best). Columns share the text width of the page the
 * reference document sets ({@link #apply}). POI also gives each new table its own single black borders, which
 * would hide the borders of the table style the reference defines, so they are taken off.
 */
final class TableGrid {
    /** A4 less rolebook's own margins, for a reference document whose page size is not plain twips. */
    private static final long FALLBACK_TEXT_WIDTH = 9524;
    /** The share of the text width a table's row headers take, as in base.css: labels narrower than values. */
    static final double ROW_HEADER_SHARE = 0.38;

    private TableGrid() {}

    /**
     * The grid, and each cell's width to match: readers size columns from either. Columns of row
     * headers (a role's facts: "Salary", "Reports to") share {@link #ROW_HEADER_SHARE} of the text
     * width, as {@code table.facts th} has it in base.css, and the other columns the rest; a table
     * without such columns, or of nothing else, shares it evenly.
     */
    static void apply(XWPFDocument document, XWPFTable table, boolean[] rowHeaderColumns) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties != null && properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        long[] widths = widths(textWidth(document), rowHeaderColumns);
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size() && c < widths.length; c++) {
                CTTcPr cell = cells.get(c).getCTTc().isSetTcPr() ? cells.get(c).getCTTc().getTcPr() : cells.get(c).getCTTc().addNewTcPr();
                CTTblWidth width = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    /** Column widths in twips that add up to {@code total}. */
    static long[] widths(long total, boolean[] rowHeaderColumns) {
        int columns = rowHeaderColumns.length;
        int headers = 0;
        for (boolean header : rowHeaderColumns) {
            headers += header ? 1 : 0;
        }
        long[] widths = new long[columns];
        if (headers == 0 || headers == columns) {
            java.util.Arrays.fill(widths, total / columns);
            return widths;
        }
        long headerWidth = Math.round(total * ROW_HEADER_SHARE / headers);
        long otherWidth = (total - headerWidth * headers) / (columns - headers);
        for (int c = 0; c < columns; c++) {
            widths[c] = rowHeaderColumns[c] ? headerWidth : otherWidth;
        }
        return widths;
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
