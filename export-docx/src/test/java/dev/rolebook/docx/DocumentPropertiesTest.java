package dev.rolebook.docx;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/** What Word shows in File > Info, the language it spell-checks in, and the fonts it draws with. */
class DocumentPropertiesTest {

    @Test
    void propertiesLanguageFontsAndFooterFields() throws Exception {
        byte[] bytes = Docx.export(Docx.xhtml(Catalogs.bundled("hy"), DocumentKind.HANDBOOK, null), Docx.OPTIONS);
        try (XWPFDocument docx = Docx.read(bytes)) {
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Բիզնես աշխարհ. Ընդհանուր հայեցակարգ");
            assertThat(core.getCreator()).isEqualTo("Արսենյան Արսեն Անդրանիկի");
            assertThat(core.getSubject()).isEqualTo("Պաշտոնների ուսումնական ձեռնարկ");
            assertThat(core.getKeywords()).contains("Հաշվի կառավարիչ");
            assertThat(core.getCreated().toInstant()).hasToString("2026-11-27T10:00:00Z");

            var defaults = docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("hy-AM");
            CTFonts body = defaults.getRFontsArray(0);
            // One family for every script: the bundled fonts hold Armenian, Latin and Cyrillic letters.
            assertThat(List.of(body.getAscii(), body.getHAnsi(), body.getCs(), body.getEastAsia()))
                    .containsOnly("Rolebook Serif");
            CTFonts heading = docx.getStyles().getStyleWithName("heading 1").getCTStyle().getRPr().getRFontsArray(0);
            assertThat(heading.getHAnsi()).isEqualTo("Rolebook Sans");

            XWPFFooter footer = docx.getHeaderFooterPolicy().getDefaultFooter();
            String footerXml = footer._getHdrFtr().xmlText();
            assertThat(footerXml).contains("w:instr=\"PAGE\"", "w:instr=\"NUMPAGES\"");
            assertThat(footer.getText()).startsWith("Էջ ");
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).as("no header on the cover").isTrue();
            assertThat(docx.getHeaderFooterPolicy().getDefaultHeader()._getHdrFtr().xmlText()).contains("STYLEREF");
        }
    }
}
