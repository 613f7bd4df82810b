package dev.rolebook.docx;

import dev.rolebook.xhtml.export.ExportException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a table cell holds, as paragraphs of the cell: runs of text and inline elements, each
 * {@code p}, each list item (marked with a bullet or its number, as Word's list numbering belongs
 * to the body), each term and explanation, and the blocks inside groups, in order. A table inside
 * a cell is refused by name rather than flattened.
 */
final class CellContent {
    private final XWPFTableCell cell;
    private final DocxBuilder builder;
    private final String style;
    private boolean first = true;

    private CellContent(XWPFTableCell cell, DocxBuilder builder, String style) {
        this.cell = cell;
        this.builder = builder;
        this.style = style;
    }

    static void write(Element source, XWPFTableCell cell, DocxBuilder builder) {
        CellContent content = new CellContent(cell, builder, builder.styles().paragraphStyle(source));
        content.children(source, "");
        if (content.first) {
            builder.decorate(cell.getParagraphs().get(0), content.style);
        }
    }

    /** The children of {@code parent}; {@code marker} goes before the first paragraph made (a list item's). */
    private void children(Element parent, String marker) {
        String pending = marker;
        List<Node> inline = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element block && !DocxBuilder.INLINE.contains(block.getLocalName())) {
                if (flush(inline, pending)) {
                    pending = "";
                }
                block(block);
            } else {
                inline.add(child);
            }
        }
        flush(inline, pending);
    }

    private void block(Element block) {
        switch (block.getLocalName()) {
            case "ul", "ol" -> {
                int number = 0;
                for (Node item = block.getFirstChild(); item != null; item = item.getNextSibling()) {
                    if (item instanceof Element li) {
                        number++;
                        children(li, block.getLocalName().equals("ol") ? number + ". " : "• ");
                    }
                }
            }
            case "table" -> throw new ExportException(builder.documentName() + ": a <table> inside a table cell has no"
                    + " DOCX mapping; put its rows in the outer table or in a list");
            default -> children(block, "");
        }
    }

    /** Writes the run of inline nodes as a paragraph of the cell; whether there was anything to write. */
    private boolean flush(List<Node> nodes, String marker) {
        Inline inline = Inline.of(List.copyOf(nodes), false);
        nodes.clear();
        if (inline.isEmpty()) {
            return false;
        }
        XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        first = false;
        builder.decorate(paragraph, style);
        if (!marker.isEmpty()) {
            paragraph.createRun().setText(marker);
        }
        inline.writeTo(paragraph, builder);
        return true;
    }
}
