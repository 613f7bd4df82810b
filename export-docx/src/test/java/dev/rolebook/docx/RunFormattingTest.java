package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Bold and italic: the reference's styles make headings, terms and fact labels bold and quotes
 * italic, so a run carries only what the XHTML marks; a run saying "not bold" would undo the style.
 */
class RunFormattingTest {

    @Test
    void styledParagraphsKeepTheirStylesBoldAndItalic() throws IOException {
        XhtmlDocument sheet = Docx.xhtml(Catalogs.bundled("hy"), DocumentKind.SHEET, "account-manager");
        try (XWPFDocument docx = Docx.read(Docx.export(sheet, Docx.OPTIONS))) {
            List<XWPFParagraph> labels = Docx.paragraphs(docx).stream()
                    .filter(p -> Docx.styleName(docx, p).equals("Fact Label") || Docx.styleName(docx, p).startsWith("heading"))
                    .toList();
            assertThat(labels).isNotEmpty();
            for (XWPFParagraph paragraph : labels) {
                assertThat(styleIsBold(docx, paragraph)).as("style of '%s'", paragraph.getText()).isTrue();
                assertThat(paragraph.getRuns()).as("runs of '%s'", paragraph.getText())
                        .allSatisfy(run -> assertThat(explicit(run)).doesNotContain("b=off", "b=false", "b=0"));
            }
        }
    }

    @Test
    void aRunIsBoldOrItalicWhereTheXhtmlSaysSo() throws IOException {
        XhtmlDocument xhtml = new XhtmlDocument("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title></head><body>
                <p>plain <strong>strong</strong> <em>stressed</em></p></body></html>
                """, TemplateResources.builtIn(), "posting", "runs");
        try (XWPFDocument docx = Docx.read(Docx.export(xhtml, Docx.OPTIONS))) {
            List<XWPFRun> runs = docx.getParagraphs().get(0).getRuns();
            assertThat(runs).extracting(XWPFRun::text).containsExactly("plain ", "strong", " ", "stressed");
            assertThat(explicit(runs.get(0))).isEmpty();
            assertThat(runs.get(1).isBold()).isTrue();
            assertThat(runs.get(3).isItalic()).isTrue();
        }
    }

    /** The bold and italic settings written on the run itself, as "b=on" and the like. */
    private static List<String> explicit(XWPFRun run) {
        CTRPr properties = run.getCTR().getRPr();
        if (properties == null) {
            return List.of();
        }
        java.util.ArrayList<String> settings = new java.util.ArrayList<>();
        for (var bold : properties.getBArray()) {
            settings.add("b=" + (bold.isSetVal() ? bold.xgetVal().getStringValue() : "on"));
        }
        for (var italic : properties.getIArray()) {
            settings.add("i=" + (italic.isSetVal() ? italic.xgetVal().getStringValue() : "on"));
        }
        return settings;
    }

    private static boolean styleIsBold(XWPFDocument docx, XWPFParagraph paragraph) {
        var style = docx.getStyles().getStyle(paragraph.getStyleID()).getCTStyle();
        return style.isSetRPr() && style.getRPr().sizeOfBArray() > 0;
    }
}
