package dev.rolebook.benchmarks;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Loading the bundled Armenian catalog: YAML parsed with positions, schema and rules checked. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LoadBenchmark {
    private final CatalogLoader loader = new CatalogLoader();
    private final BundledCatalogs.Edition edition = new BundledCatalogs.Edition("business-world", "hy");

    @Benchmark
    public Catalog loadSeedCatalog() {
        return loader.load(edition).orThrow();
    }
}
