// Warm, single-thread timings of rolebook's main operations on the bundled catalog.
// Run through bench/run, which builds the jar and pins the JVM to one core.
import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.templates.XhtmlDocument;
import dev.rolebook.templates.export.ExportOptions;
import dev.rolebook.templates.export.Exporter;
import dev.rolebook.templates.export.Exporters;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

public class RenderBenchmark {
    interface Operation {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        CatalogLoader loader = new CatalogLoader();
        BundledCatalogs.Edition edition = new BundledCatalogs.Edition("business-world", "hy");
        Catalog catalog = loader.load(edition).orThrow();
        Renderer renderer = Renderer.builtIn();
        ExportOptions options = ExportOptions.defaults();
        System.out.printf("%-34s %10s %10s %12s%n", "operation (warm, one thread)", "median ms", "p95 ms", "docs/s");
        measure("load seed catalog (YAML)", 2000, () -> loader.load(edition).orThrow());
        for (DocumentKind kind : DocumentKind.values()) {
            RenderOptions render = RenderOptions.of(kind);
            if (kind != DocumentKind.HANDBOOK) {
                render = render.withRole("account-manager");
            }
            RenderOptions chosen = render;
            measure("render " + kind.id() + " to XHTML", 2000, () -> renderer.render(catalog, chosen));
            XhtmlDocument document = renderer.render(catalog, render).document();
            for (String format : List.of("pdf", "docx", "html")) {
                Exporter exporter = Exporters.forFormat(format).orElseThrow();
                int runs = format.equals("html") ? 1000 : kind == DocumentKind.HANDBOOK ? 100 : 300;
                measure(kind.id() + " -> " + format + " (render + export)", runs, () -> {
                    exporter.export(renderer.render(catalog, chosen).document(), options, OutputStream.nullOutputStream());
                });
            }
        }
    }

    private static void measure(String name, int runs, Operation operation) throws Exception {
        for (int i = 0; i < Math.max(50, runs / 3); i++) {
            operation.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double median = times[runs / 2] / 1e6;
        double p95 = times[(int) (runs * 0.95)] / 1e6;
        System.out.printf("%-34s %10.2f %10.2f %12.0f%n", name, median, p95, 1000 / median);
    }
}
