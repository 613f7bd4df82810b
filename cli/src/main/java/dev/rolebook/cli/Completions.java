package dev.rolebook.cli;

import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.Paper;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.export.Exporters;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The values the completion script offers for an option, each taken from where the value is
 * decided. picocli makes these for every run; the lists are made only when the script asks.
 */
final class Completions {
    private Completions() {}

    private abstract static class Lazy implements Iterable<String> {
        private final Supplier<List<String>> values;

        Lazy(Supplier<List<String>> values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return values.get().iterator();
        }
    }

    /** Bundled catalogs' ids; the script offers file names as well (see {@link CompletionCommand}). */
    static final class Catalogs extends Lazy {
        Catalogs() {
            super(BundledCatalogs::ids);
        }
    }

    static final class Kinds extends Lazy {
        Kinds() {
            super(() -> Arrays.stream(DocumentKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    static final class Formats extends Lazy {
        Formats() {
            super(Exporters::formats);
        }
    }

    static final class Papers extends Lazy {
        Papers() {
            super(() -> Arrays.stream(Paper.values()).map(Paper::name).toList());
        }
    }

    /** The languages of rolebook's own labels; a template folder may add more. */
    static final class Languages extends Lazy {
        Languages() {
            super(() -> Renderer.builtIn().languages());
        }
    }
}
