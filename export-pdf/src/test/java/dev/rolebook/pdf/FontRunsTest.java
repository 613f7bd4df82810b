package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No character silently disappears: the fallback font draws what the primary fonts lack, or the export fails. */
class FontRunsTest {
    @TempDir
    Path folder;

    @Test
    void armenianPunctuationAndLatinInOneSentenceNeedNoFallback() throws Exception {
        String mixed = "Հաշվի կառավարիչ (Account Manager), 2026։ «Ի՞նչից» — Продажи, 100 ֏";
        byte[] pdf = Pdfs.render(Renderer.builtIn(), Catalogs.everywhere(mixed), RenderOptions.of(DocumentKind.POSTING).withRole("role"));
        Path file = Pdfs.write(folder, "mixed.pdf", pdf);

        assertThat(CatalogTexts.missingFromPages(Pdfs.text(file, 0, 0), List.of(mixed))).isEmpty();
        assertThat(ExternalTool.PDFFONTS.run(file.toString()).output()).doesNotContain("DejaVu");
    }

    @Test
    void charactersOnlyTheFallbackHasAreDrawnWithIt() throws Exception {
        String georgianAndSymbols = "ქართული ენა ☎ ♞ ⌘ 😀";
        Catalog catalog = Catalogs.everywhere(georgianAndSymbols);
        byte[] pdf = Pdfs.render(Renderer.builtIn(), catalog, RenderOptions.of(DocumentKind.SHEET).withRole("role"));
        Path file = Pdfs.write(folder, "fallback.pdf", pdf);

        assertThat(CatalogTexts.missingFromPages(Pdfs.text(file, 0, 0), CatalogTexts.role(catalog, "role"))).isEmpty();
        assertThat(ExternalTool.PDFFONTS.run(file.toString()).output()).contains("DejaVuSans");
    }

    @Test
    void aCharacterNoFontHasStopsTheExportNamingIt() {
        Catalog catalog = Catalogs.everywhere("Great job 🧠 today");
        var document = Renderer.builtIn().render(catalog, RenderOptions.of(DocumentKind.POSTING).withRole("role")).document();

        assertThatThrownBy(() -> Pdfs.export(document, Pdfs.OPTIONS))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("everywhere.en.posting.role: no font of the template folder can draw"
                        + " U+1F9E0 '🧠' (BRAIN) in \"Great job 🧠 today\"")
                .hasMessageEndingWith("Add a font that has it to fonts/ and fonts/fonts.properties, or remove it from the catalog");
    }

    @Test
    void thousandsOfMissingCharactersAreSummedUpInAShortMessage() {
        StringBuilder text = new StringBuilder("Brain ");
        for (int i = 0; i < 5000; i++) {
            text.appendCodePoint(0x4E00 + i).appendCodePoint(0x4E00 + i);   // each twice, named once
        }
        text.append(" \uD83E\uDDE0 and \uDB40\uDC00 unassigned");
        Catalog catalog = Catalogs.everywhere(text.toString());
        var document = Renderer.builtIn().render(catalog, RenderOptions.of(DocumentKind.POSTING).withRole("role")).document();

        assertThatThrownBy(() -> Pdfs.export(document, Pdfs.OPTIONS))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("U+4E00 '\u4E00' (CJK UNIFIED IDEOGRAPHS 4E00)")
                .hasMessageContaining("; and 4992 more characters. Add a font")
                .satisfies(e -> {
                    assertThat(e.getMessage().length()).isLessThan(4000);
                    assertThat(e.getMessage().chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
                    assertThat(e.getMessage()).doesNotContain("(null)");
                });
    }

    @Test
    void invisibleFormatCharactersNeedNoGlyph() throws Exception {
        String text = "zero\u200Bwidth join\u200Dner \u200Fright-to-left mark and soft\u00ADhyphen";
        byte[] pdf = Pdfs.render(Renderer.builtIn(), Catalogs.everywhere(text), RenderOptions.of(DocumentKind.POSTING).withRole("role"));
        assertThat(Pdfs.text(Pdfs.write(folder, "invisible.pdf", pdf), 0, 0)).contains("right-to-left mark");
    }
}
