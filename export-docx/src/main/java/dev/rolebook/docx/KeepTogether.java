package dev.rolebook.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What the XHTML marks {@code keep-together} (a sheet's acknowledgement and signature lines; any
 * block element may be marked) on one page in Word too. Word has no "keep this block together":
 * every paragraph of the block keeps with the next one, the last excepted, and no table row may
 * break across pages.
 */
final class KeepTogether {

    private KeepTogether() {}

    /** Applies to the body elements from {@code first} to the end, which one XHTML element made. */
    static void apply(List<IBodyElement> body, int first) {
        for (int i = first; i < body.size(); i++) {
            boolean last = i == body.size() - 1;
            // Keeping is only ever switched on: an explicit "off" on the block's end would override
            // a reference style that keeps its paragraphs with the next.
            if (body.get(i) instanceof XWPFParagraph paragraph && !last) {
                paragraph.setKeepNext(true);
            } else if (body.get(i) instanceof XWPFTable table) {
                List<XWPFTableRow> rows = table.getRows();
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = rows.get(r);
                    row.setCantSplitRow(true);
                    if (!(last && r == rows.size() - 1)) {
                        row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> p.setKeepNext(true)));
                    }
                }
            }
        }
    }
}
