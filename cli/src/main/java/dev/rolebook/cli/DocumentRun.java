package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.RenderException;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.RenderResult;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.export.ExportException;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes each document in each format under its output name, one line for each file written (with
 * its pages and size) and one for each that could not be; a failure stops only its own file.
 */
final class DocumentRun {
    private final Catalog catalog;
    private final Renderer renderer;
    private final List<Exporter> exporters;
    private final ExportOptions exportOptions;
    private final Path out;
    /** The file -o names for the one document of the run, or null: each under its own name in {@link #out}. */
    private final Path output;
    private final Console console;

    DocumentRun(Catalog catalog, Renderer renderer, List<Exporter> exporters, ExportOptions exportOptions, Path out,
            Path output, Console console) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.exporters = exporters;
        this.exportOptions = exportOptions;
        this.out = out;
        this.output = output;
        this.console = console;
    }

    static final String OUT_OF_MEMORY = "Java ran out of memory; give it more (ROLEBOOK_JAVA_OPTS=-Xmx2g ./rolebook ...)";

    /** Exit code: OK when every file was written, SOME_FAILED otherwise. */
    int write(List<RenderOptions> documents) {
        int failed = 0;
        for (RenderOptions options : documents) {
            RenderResult rendered;
            try {
                rendered = renderer.render(catalog, options);
            } catch (RenderException e) {
                console.error(e.getMessage());
                failed += exporters.size();
                continue;
            } catch (OutOfMemoryError e) {
                console.error(options.kind().id() + " not rendered: " + OUT_OF_MEMORY);
                failed += exporters.size();
                continue;
            }
            rendered.warnings().forEach(console::warning);
            for (Exporter exporter : exporters) {
                Path file = output != null ? output.toAbsolutePath()
                        : OutputName.resolve(out, OutputName.of(rendered.document().name(), exporter, exportOptions));
                try {
                    long size = AtomicFile.write(file, stream -> exporter.export(rendered.document(), exportOptions, stream));
                    console.result("wrote " + OutputName.display(file) + " (" + describe(file, exporter, size) + ")");
                } catch (ExportException | IOException e) {
                    console.error(OutputName.display(file) + " not written: " + e.getMessage());
                    failed++;
                } catch (OutOfMemoryError e) {
                    // What was being built is unreachable now, so the next output has its memory back.
                    console.error(OutputName.display(file) + " not written: " + OUT_OF_MEMORY);
                    failed++;
                }
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String describe(Path file, Exporter exporter, long size) {
        String bytes = size < 10_240 ? size + " bytes" : String.format("%,d KB", Math.round(size / 1024.0));
        try {
            OptionalInt pages = exporter.pages(file);
            if (pages.isPresent()) {
                return pages.getAsInt() + (pages.getAsInt() == 1 ? " page, " : " pages, ") + bytes;
            }
        } catch (IOException | RuntimeException e) {
            // The file is written; only its page count is not told.
        }
        return bytes;
    }
}
