package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Handlers given children they do not expect keep every one of them, in order, or fail naming it. */
class NoContentDroppedTest {
    private static XhtmlDocument page(String body) {
        return new XhtmlDocument("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head>"
                + "<body>" + body + "</body></html>", TemplateResources.builtIn(), "posting", "handlers");
    }

    private static String text(XhtmlDocument document) throws Exception {
        try (XWPFDocument docx = Docx.read(Docx.export(document, Docx.OPTIONS));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    @Test
    void aQuotationKeepsItsParagraphsItsListAndItsLooseText() throws Exception {
        String text = text(page("<blockquote>Before <b>bold</b><p>First said.</p><ul><li>A listed point</li></ul>"
                + "<p>Second said.</p>after</blockquote>"));

        assertThat(text).containsSubsequence("Before bold", "First said.", "A listed point", "Second said.", "after");
    }

    @Test
    void aTableCellKeepsItsParagraphsListsAndGroupsInOrder() throws Exception {
        String text = text(page("<table><tr><th>Duties</th><td><p>Lead.</p><ul><li>Sell</li><li>Report<ul>"
                + "<li>weekly</li></ul></li></ul><ol><li>First</li><li>Second</li></ol><div>Grouped <i>note</i></div>"
                + "<dl><dt>Term</dt><dd>Meaning</dd></dl>tail</td></tr></table>"));

        assertThat(text).containsSubsequence("Duties", "Lead.", "• Sell", "• Report", "• weekly", "1. First",
                "2. Second", "Grouped note", "Term", "Meaning", "tail");
        assertThat(text).doesNotContain("SellReport");
    }

    @Test
    void aTableInsideACellIsRefusedByName() {
        assertThatThrownBy(() -> Docx.EXPORTER.export(page("<table><tr><td><table><tr><td>inner</td></tr></table></td>"
                + "</tr></table>"), Docx.OPTIONS, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(ExportException.class).hasMessageContaining("a <table> inside a table cell");
    }
}
