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

    /**
     * New instances of every format, with nothing remembered: exporters keep what they parsed of a
     * template folder or a reference document, and a process that lives while those files are
     * edited (the preview) takes new ones when they change.
     */
    public static List<Exporter> fresh() {
        return ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    public static List<String> formats() {
        return ALL.stream().map(Exporter::format).toList();
    }
}
