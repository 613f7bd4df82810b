package dev.rolebook.pdf;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.testing.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Rendering PDFs in tests and reading them back with poppler. */
final class Pdfs {
    static final PdfExporter EXPORTER = new PdfExporter();
    static final ExportOptions OPTIONS = new ExportOptions(false, Instant.parse("2026-11-27T10:00:00Z"), null, false);

    private Pdfs() {}

    static byte[] render(Renderer renderer, Catalog catalog, RenderOptions options) {
        return export(renderer.render(catalog, options).document(), OPTIONS);
    }

    static byte[] export(XhtmlDocument document, ExportOptions options) {
        return export(EXPORTER, document, options);
    }

    /** With an exporter of the test's own, whose caches start empty. */
    static byte[] export(PdfExporter exporter, XhtmlDocument document, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(document, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path folder, String name, byte[] pdf) throws IOException {
        return Files.write(folder.resolve(name), pdf);
    }

    /**
     * The text of the given pages (all when first is 0), as poppler's pdftotext extracts it. Layout
     * mode keeps a hyphen at a line's end as it is printed; the default mode would drop it.
     */
    static String text(Path pdf, int first, int last) throws IOException, InterruptedException {
        ExternalTool.Result result = first == 0
                ? ExternalTool.PDFTOTEXT.run("-layout", "-enc", "UTF-8", pdf.toString(), "-")
                : ExternalTool.PDFTOTEXT.run("-layout", "-enc", "UTF-8", "-f", "" + first, "-l", "" + last,
                        pdf.toString(), "-");
        if (result.exitCode() != 0) {
            throw new AssertionError("pdftotext failed: " + result.output());
        }
        return result.output();
    }
}
