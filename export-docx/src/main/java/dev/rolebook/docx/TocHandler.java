package dev.rolebook.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The contents list onto a Word TOC field whose shown result is the document's own list, each
 * entry a link to its heading followed by a dot leader and a PAGEREF field to it. Only a word
 * processor knows its own page breaks: LibreOffice computes the page references as it lays the
 * document out, and Word is asked to update the fields when it opens the file (it asks the reader
 * first, as it does for pandoc's contents), so the numbers are there without a manual update.
 */
final class TocHandler implements ElementHandler {
    private record Entry(Element link, String anchor, int level) {}

    @Override
    public void handle(Element nav, DocxBuilder builder) {
        List<Entry> entries = new ArrayList<>();
        for (Node child = nav.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (element.getLocalName().equals("ol") || element.getLocalName().equals("ul")) {
                    collect(element, 1, entries);
                } else {
                    builder.block(element);
                }
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        XWPFParagraph last = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            XWPFParagraph paragraph = builder.paragraph(builder.styles().style("toc." + Math.min(entry.level(), 2)));
            if (i == 0) {
                Fields.begin(paragraph, "TOC \\o \"1-2\" \\h \\z \\u");
            }
            Inline.link(entry.link(), entry.anchor()).writeTo(paragraph, builder);
            if (entry.anchor().startsWith("#")) {
                paragraph.createRun().addTab();
                Fields.complex(paragraph, "PAGEREF " + Bookmarks.name(entry.anchor().substring(1)) + " \\h", "");
            }
            last = paragraph;
        }
        Fields.end(last);
        builder.updateFieldsOnOpening();
    }

    private static void collect(Element list, int level, List<Entry> entries) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNextSibling()) {
            if (!(item instanceof Element li) || !li.getLocalName().equals("li")) {
                continue;
            }
            for (Node part = li.getFirstChild(); part != null; part = part.getNextSibling()) {
                if (part instanceof Element element && element.getLocalName().equals("a")) {
                    String href = element.getAttribute("href");
                    entries.add(new Entry(element, href, level));
                } else if (part instanceof Element element && (element.getLocalName().equals("ol") || element.getLocalName().equals("ul"))) {
                    collect(element, level + 1, entries);
                }
            }
        }
    }
}
