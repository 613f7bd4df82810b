package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.testing.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stylesheets are parsed once per thread and template folder, and fonts are resolved once per
 * thread, and both are reused by the documents after: reuse must not change a document, and a
 * stylesheet that could not be loaded must fail every document that links it, not only the first.
 */
class StylesheetReuseTest {
    @TempDir
    Path folder;

    @Test
    void aDocumentMadeWithReusedStylesheetsIsTheSameFile() throws IOException {
        Renderer renderer = new Renderer(TemplateResources.builtIn());
        XhtmlDocument sheet = renderer.render(Catalogs.bundled("hy"),
                RenderOptions.of(DocumentKind.SHEET).withRole("sales-consultant")).document();
        PdfExporter exporter = new PdfExporter();

        byte[] first = Pdfs.export(exporter, sheet, Pdfs.OPTIONS);
        byte[] reused = Pdfs.export(exporter, sheet, Pdfs.OPTIONS);
        byte[] fresh = Pdfs.export(new PdfExporter(), sheet, Pdfs.OPTIONS);

        assertThat(reused).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
    }

    @Test
    void aDocumentMadeAfterAnotherKindIsTheSameFileAsOneMadeFirst() throws IOException {
        Renderer renderer = new Renderer(TemplateResources.builtIn());
        XhtmlDocument handbook = renderer.render(Catalogs.bundled("en"), RenderOptions.of(DocumentKind.HANDBOOK)).document();
        XhtmlDocument sheet = renderer.render(Catalogs.bundled("hy"),
                RenderOptions.of(DocumentKind.SHEET).withRole("sales-consultant")).document();
        PdfExporter exporter = new PdfExporter();

        Pdfs.export(exporter, handbook, Pdfs.OPTIONS);
        byte[] after = Pdfs.export(exporter, sheet, Pdfs.OPTIONS);
        byte[] first = Pdfs.export(new PdfExporter(), sheet, Pdfs.OPTIONS);

        assertThat(after).isEqualTo(first);
    }

    @Test
    void aStylesheetThatCannotBeLoadedFailsEveryDocument() throws IOException {
        Files.writeString(folder.resolve("posting.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <link rel="stylesheet" href="style/base.css"/><link rel="stylesheet" href="style/missing.css"/></head>
                <body><p>${departments[0].roles[0].title}</p></body></html>
                """);
        Renderer renderer = new Renderer(TemplateResources.withUserFolder(folder));
        XhtmlDocument posting = renderer.render(Catalogs.bundled("en"),
                RenderOptions.of(DocumentKind.POSTING).withRole("sales-consultant")).document();
        PdfExporter exporter = new PdfExporter();

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> Pdfs.export(exporter, posting, Pdfs.OPTIONS))
                    .as("attempt %d", attempt)
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("'style/missing.css' is in neither the template folder");
        }
    }
}
