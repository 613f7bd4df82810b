package dev.rolebook.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code table} onto a Word table, full width, with its column grid, header cells in the Fact Label
 * style, borders as its table style draws them (Table Grid, or by class, such as Signature Lines).
 */
final class TableHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        List<List<Element>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        collectRows(element, false, rows, header);
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        XWPFTable table = builder.document().createTable(rows.size(), columns);
        // POI gives a new table black borders on every cell, which would override the table style's.
        if (table.getCTTbl().getTblPr().isSetTblBorders()) {
            table.getCTTbl().getTblPr().unsetTblBorders();
        }
        String tableStyle = builder.styles().paragraphStyle(element);
        if (tableStyle != null) {
            table.setStyleID(tableStyle);
        }
        table.setWidth("100%");
        TableGrid.apply(builder.document(), table, rowHeaderColumns(rows, header, columns));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Element source = rows.get(r).get(c);
                XWPFTableCell cell = table.getRow(r).getCell(c);
                CellContent.write(source, cell, builder);
            }
            // thead rows are header rows: a screen reader announces them with each cell, and Word
            // repeats them on every page the table runs to.
            if (header.get(r)) {
                table.getRow(r).setRepeatHeader(true);
            }
        }
        builder.tableEnded();
    }

    /** Which columns hold only header cells in the body rows: a facts table's labels. */
    private static boolean[] rowHeaderColumns(List<List<Element>> rows, List<Boolean> header, int columns) {
        boolean[] headers = new boolean[columns];
        java.util.Arrays.fill(headers, true);
        boolean body = false;
        for (int r = 0; r < rows.size(); r++) {
            if (header.get(r)) {
                continue;
            }
            body = true;
            for (int c = 0; c < columns; c++) {
                headers[c] &= c < rows.get(r).size() && rows.get(r).get(c).getLocalName().equals("th");
            }
        }
        return body ? headers : new boolean[columns];
    }

    private static void collectRows(Element element, boolean inHead, List<List<Element>> rows, List<Boolean> header) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element part)) {
                continue;
            }
            if (part.getLocalName().equals("tr")) {
                List<Element> cells = new ArrayList<>();
                for (Node cell = part.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                    if (cell instanceof Element c && (c.getLocalName().equals("td") || c.getLocalName().equals("th"))) {
                        cells.add(c);
                    }
                }
                rows.add(cells);
                header.add(inHead);
            } else {
                collectRows(part, inHead || part.getLocalName().equals("thead"), rows, header);
            }
        }
    }
}
