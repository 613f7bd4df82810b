package dev.rolebook.benchmarks;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import dev.rolebook.xhtml.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One document of the bundled Armenian catalog, from the loaded catalog to the finished file's
 * bytes (render to XHTML, then export), as a warm process makes it: the figure behind a batch's
 * documents per second. Sample time gives the median and the 95th percentile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ExportBenchmark {
    @Param({"posting", "sheet", "handbook"})
    public String kind;

    @Param({"pdf", "docx", "html"})
    public String format;

    private Catalog catalog;
    private Renderer renderer;
    private RenderOptions options;
    private Exporter exporter;
    private final ExportOptions exportOptions = ExportOptions.defaults();

    @Setup
    public void setUp() {
        catalog = new CatalogLoader().load(new BundledCatalogs.Edition("business-world", "hy")).orThrow();
        renderer = Renderer.builtIn();
        DocumentKind documentKind = DocumentKind.valueOf(kind.toUpperCase(Locale.ROOT));
        options = RenderOptions.of(documentKind);
        if (documentKind != DocumentKind.HANDBOOK) {
            options = options.withRole("account-manager");
        }
        exporter = Exporters.forFormat(format).orElseThrow();
    }

    @Benchmark
    public byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.export(renderer.render(catalog, options).document(), exportOptions, out);
        return out.toByteArray();
    }
}
