package dev.rolebook.xhtml.export;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The output formats on the classpath, found through {@link ServiceLoader}. */
public final class Exporters {
    private static final List<Exporter> ALL = ServiceLoader.load(Exporter.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private Exporters() {}

    public static Optional<Exporter> forFormat(String format) {
        return ALL.stream().filter(e -> e.format().equals(format)).findFirst();
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static List<String> formats() {
        return ALL.stream().map(Exporter::format).toList();
    }
}
