package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The reference is prepared once per language and reused by every document after: reuse must
 * not change a document, each language keeps its own, and each document's lists point at list
 * formats that are in that document.
 */
class PreparedReferenceTest {
    private final XhtmlDocument armenian = Docx.xhtml(Catalogs.bundled("hy"), DocumentKind.SHEET, "telesales-specialist");
    private final XhtmlDocument english = Docx.xhtml(Catalogs.bundled("en"), DocumentKind.SHEET, "telesales-specialist");

    @Test
    void aDocumentFromAReusedReferenceIsTheSameFile() throws IOException {
        DocxExporter exporter = new DocxExporter();
        byte[] first = Docx.export(exporter, armenian, Docx.OPTIONS);
        Docx.export(exporter, english, Docx.OPTIONS);
        byte[] again = Docx.export(exporter, armenian, Docx.OPTIONS);

        assertThat(again).isEqualTo(first);
        assertThat(Docx.export(new DocxExporter(), armenian, Docx.OPTIONS)).isEqualTo(first);
    }

    @Test
    void eachLanguageKeepsItsOwnSpellingLanguage() throws IOException {
        DocxExporter exporter = new DocxExporter();
        assertThat(spellingLanguage(Docx.export(exporter, armenian, Docx.OPTIONS))).isEqualTo("hy-AM");
        assertThat(spellingLanguage(Docx.export(exporter, english, Docx.OPTIONS))).as("the English edition is British").isEqualTo("en-GB");
        assertThat(spellingLanguage(Docx.export(exporter, armenian, Docx.OPTIONS))).isEqualTo("hy-AM");
    }

    @Test
    void everyListUsesAFormatOfItsOwnDocument() throws IOException {
        DocxExporter exporter = new DocxExporter();
        Docx.export(exporter, english, Docx.OPTIONS);
        try (XWPFDocument docx = Docx.read(Docx.export(exporter, armenian, Docx.OPTIONS))) {
            var numbered = Docx.paragraphs(docx).stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).isNotEmpty();
            for (XWPFParagraph paragraph : numbered) {
                BigInteger format = docx.getNumbering().getAbstractNumID(paragraph.getNumID());
                assertThat(format).as("format of list %s", paragraph.getNumID()).isNotNull();
                assertThat(docx.getNumbering().getAbstractNum(format)).as("format %s", format).isNotNull();
            }
            assertThat(docx.getNumbering().getAbstractNums()).as("rolebook's two formats, once").hasSize(2);
        }
    }

    private static String spellingLanguage(byte[] docx) throws IOException {
        try (XWPFDocument document = Docx.read(docx)) {
            return document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal();
        }
    }
}
