package dev.rolebook.cli;

import dev.rolebook.xhtml.export.ExportOptions;
import dev.rolebook.xhtml.export.Exporter;
import java.nio.file.Path;

/**
 * Output file names: {@code <catalog>.<lang>.<kind>[.<role>][.booklet].<ext>}. Catalog and role ids are
 * kebab-case (the loader refuses anything else) and the rest come from fixed lists, so a name never
 * leaves the output folder; {@link #resolve} checks that all the same.
 */
final class OutputName {
    private OutputName() {}

    static String of(String catalog, String language, String kind, String role, String extension) {
        return catalog + "." + language + "." + kind + (role == null ? "" : "." + role) + "." + extension;
    }

    /**
     * The file of a rendered document in one format. A booklet (pages imposed for folding) is named
     * apart: it is printed, the document beside it read on screen, and neither replaces the other.
     */
    static String of(String document, Exporter exporter, ExportOptions options) {
        boolean imposed = options.booklet() && exporter.options().contains("booklet");
        return document + (imposed ? ".booklet" : "") + "." + exporter.format();
    }

    /** A path as a person wants to read it: relative to the working folder where it is inside it. */
    static String display(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    static Path resolve(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.getParent().equals(base) || name.startsWith(".")) {
            throw new IllegalStateException("output name '" + name + "' would leave the output folder");
        }
        return file;
    }
}
