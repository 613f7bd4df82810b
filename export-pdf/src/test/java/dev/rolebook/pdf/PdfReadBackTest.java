package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind in hy and en, read back by real clients: pdftotext finds every catalog text (a
 * character a font lacked would be missing here), pdffonts finds every font embedded, and qpdf
 * finds the file sound.
 */
class PdfReadBackTest {
    private static final Renderer RENDERER = Renderer.builtIn();

    @TempDir
    static Path folder;

    static Stream<Arguments> documents() {
        return Stream.of("hy", "en").flatMap(language -> Stream.of(
                Arguments.of(language, DocumentKind.HANDBOOK, null),
                Arguments.of(language, DocumentKind.POSTING, "account-manager"),
                Arguments.of(language, DocumentKind.SHEET, "business-development-specialist")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("documents")
    void everyTextIsExtractableEveryFontEmbeddedAndTheFileSound(String language, DocumentKind kind, String role)
            throws Exception {
        Catalog catalog = Catalogs.bundled(language);
        RenderOptions options = RenderOptions.of(kind).withDate(LocalDate.of(2026, 11, 27));
        if (role != null) {
            options = options.withRole(role);
        }
        Path pdf = Pdfs.write(folder, language + "-" + kind.id() + ".pdf", Pdfs.render(RENDERER, catalog, options));

        List<String> texts = CatalogTexts.forKind(catalog, kind.id(), role);
        assertThat(CatalogTexts.missingFromPages(PdfText.body(pdf), texts)).isEmpty();

        ExternalTool.Result fonts = ExternalTool.PDFFONTS.run(pdf.toString());
        List<String> fontLines = fonts.output().lines().skip(2).toList();
        assertThat(fontLines).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\\s+")).as(line).contains("yes"))
                .allSatisfy(line -> assertThat(line).as("embedded and subset").containsPattern("\\s+yes\\s+yes\\s+yes\\s+"));
        // Headings and labels are bold, the body regular: each weight reaches the page in its own font.
        List<String> fontNames = fontLines.stream().map(line -> line.split("\\s+")[0]).toList();
        assertThat(fontNames).as("fonts").anyMatch(name -> name.endsWith("Bold")).anyMatch(name -> name.endsWith("Regular"));

        ExternalTool.Result check = ExternalTool.QPDF.run("--check", pdf.toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("No syntax or stream encoding errors found");
    }
}
