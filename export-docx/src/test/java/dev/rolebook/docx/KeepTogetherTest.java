package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A role sheet's acknowledgement, signature lines and role version are one block a word processor
 * must not split across pages: each paragraph keeps with the next, the last (the version line)
 * excepted, and no row splits.
 */
class KeepTogetherTest {
    @ParameterizedTest
    @ValueSource(strings = {"hy", "en"})
    void theSignatureBlockKeepsTogetherAndNothingBeforeItIsTied(String language) throws Exception {
        try (XWPFDocument docx = Docx.read(Docx.export(
                Docx.xhtml(Catalogs.bundled(language), DocumentKind.SHEET, "account-manager"), Docx.OPTIONS))) {
            List<IBodyElement> body = docx.getBodyElements();
            // The signature table is the sheet's last table (only the role's version follows it, in the block).
            int at = body.lastIndexOf(docx.getTables().get(docx.getTables().size() - 1));
            XWPFTable signatures = (XWPFTable) body.get(at);
            XWPFParagraph acknowledgement = (XWPFParagraph) body.get(at - 1);
            List<XWPFTableRow> rows = signatures.getRows();

            assertThat(acknowledgement.isKeepNext()).isTrue();
            assertThat(rows).as("heads, signature lines, names, dates").hasSize(4).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            for (XWPFTableRow row : rows) {
                row.getTableCells().forEach(cell -> assertThat(cell.getParagraphs())
                        .allSatisfy(p -> assertThat(p.isKeepNext()).as("a signature row keeps with what follows").isTrue()));
            }
            XWPFParagraph version = (XWPFParagraph) body.get(at + 1);
            assertThat(version.getText()).as("the block ends with the role's version").containsPattern("\\b[0-9a-f]{8}\\b");
            assertThat(version.isKeepNext()).isFalse();
            assertThat(body).as("nothing after the block").hasSize(at + 2);
            // The role's own text before the block flows freely.
            assertThat(body.subList(0, at - 1)).filteredOn(XWPFParagraph.class::isInstance)
                    .map(XWPFParagraph.class::cast).noneMatch(XWPFParagraph::isKeepNext);
        }
    }
}
