package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Suggestions;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.model.load.LoadResult;
import dev.rolebook.model.load.Problem;
import dev.rolebook.model.load.Syntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What {@code --catalog} names: a catalog file, {@code -} for standard input (a pipe, an editor's
 * buffer), or the id of a bundled catalog whose edition {@code --lang} picks (or, for a catalog
 * compared with another, the other's language). Loading reports every problem; errors stop the
 * command with exit code 2.
 */
final class CatalogSource {
    static final String DEFAULT_ID = "business-world";
    /** The catalog name that stands for standard input, as in most commands that read files. */
    static final String STDIN = "-";
    /** How messages name standard input: {@code <stdin>:3:7: ...}. */
    static final String STDIN_NAME = "<stdin>";

    /**
     * A loaded catalog, the folder its file is in (null for bundled catalogs; the working folder
     * for standard input, where a logo is looked for) and when the file was last changed (null for
     * standard input, which has no such time).
     */
    record Loaded(Catalog catalog, Path folder, Instant modified) {}

    private CatalogSource() {}

    static Loaded load(String catalog, String language, CatalogLoader loader, Console console) {
        String name = catalog == null ? DEFAULT_ID : catalog;
        return load(name, fileOrStdin(name), () -> edition(name, language, console), loader, console);
    }

    /**
     * Two catalogs to compare (diff, changes sheets): what {@code name} names, a bundled catalog in
     * the edition of {@code other}'s language, whatever language the labels are in. Catalogs in two
     * languages are refused: every text would differ, and a changes sheet would list them all.
     */
    static Loaded loadToCompare(String name, Loaded other, String otherName, CatalogLoader loader, Console console) {
        String language = other.catalog().language();
        Loaded loaded = load(name, fileOrStdin(name), () -> sameLanguageEdition(name, language, otherName), loader, console);
        String found = loaded.catalog().language();
        if (!primary(found).equals(primary(language))) {
            throw new UserError(name + " is in '" + found + "' and " + otherName + " in '" + language
                    + "': every text would differ; compare two catalogs in one language");
        }
        return loaded;
    }

    /**
     * Which of two catalogs to compare is loaded first: a file, whose language the bundled edition
     * of the other then follows; of two bundled ids, the later, in the edition {@code --lang} picks.
     */
    static boolean loadEarlierFirst(String earlier, String later) {
        return isBundled(later) && !isBundled(earlier);
    }

    private static boolean isBundled(String name) {
        return !STDIN.equals(name) && file(name) == null;
    }

    /** The file a name names; null for a bundled catalog and for standard input, which has none. */
    private static Path fileOrStdin(String name) {
        return STDIN.equals(name) ? null : file(name);
    }

    private static Loaded load(String name, Path file, java.util.function.Supplier<BundledCatalogs.Edition> bundledEdition,
            CatalogLoader loader, Console console) {
        LoadResult result;
        Path folder = null;
        Instant modified = null;
        if (STDIN.equals(name)) {
            result = fromStandardInput(loader);
            folder = Path.of("").toAbsolutePath();
            name = STDIN_NAME;
        } else if (file != null) {
            result = loader.load(file);
            folder = file.toAbsolutePath().getParent();
            modified = modified(file);
        } else {
            BundledCatalogs.Edition edition = bundledEdition.get();
            result = loader.load(edition);
            modified = edition.lastModified();
        }
        // Warnings about a bundled catalog are about rolebook's own text (the source page ends
        // mid-role) and are documented; a user's own catalog gets every warning.
        boolean bundled = folder == null;
        result.problems().stream().filter(p -> p.isError() || !bundled).forEach(console::problem);
        if (result.hasErrors()) {
            long errors = result.problems().stream().filter(Problem::isError).count();
            throw new UserError(name + ": " + errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
        }
        return new Loaded(result.orThrow(), folder, modified);
    }

    /** A catalog from standard input, read up to the limit for catalog files; problems name it {@code <stdin>}. */
    static LoadResult fromStandardInput(CatalogLoader loader) {
        try {
            return loader.load(System.in, STDIN_NAME, Syntax.YAML);
        } catch (IOException e) {
            throw new UserError("the catalog cannot be read from standard input: " + Reasons.of(e));
        }
    }

    /**
     * The catalog file {@code --catalog} names, or null when it names a bundled catalog.
     *
     * @throws UserError when it names neither, or names standard input (which is no file)
     */
    static Path file(String name) {
        if (STDIN.equals(name)) {
            throw new UserError("this command needs a catalog file, not standard input ('-')");
        }
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return file;
        } else if (BundledCatalogs.ids().contains(name)) {
            return null;
        }
        FileKind kind = FileKind.of(file);
        if (kind.isNotAFile()) {
            throw new UserError("catalog " + name + " is " + kind.words() + ", not a file");
        } else if (looksLikeAPath(name)) {
            throw new UserError("catalog file " + name + " does not exist");
        }
        throw new UserError("no catalog file or bundled catalog '" + name + "'"
                + Suggestions.didYouMean(name, BundledCatalogs.ids())
                + " (bundled: " + String.join(", ", BundledCatalogs.ids()) + ")");
    }

    private static BundledCatalogs.Edition edition(String id, String language, Console console) {
        List<BundledCatalogs.Edition> editions = BundledCatalogs.editions().stream()
                .filter(e -> e.id().equals(id)).toList();
        if (language == null) {
            return editions.get(0);
        }
        return editions.stream().filter(e -> e.language().equals(language)).findFirst().orElseGet(() -> {
            console.warning("the bundled catalog " + id + " has no '" + language + "' edition; its "
                    + editions.get(0).language() + " text is used with " + language + " labels");
            return editions.get(0);
        });
    }

    private static BundledCatalogs.Edition sameLanguageEdition(String id, String language, String otherName) {
        List<BundledCatalogs.Edition> editions = BundledCatalogs.editions().stream().filter(e -> e.id().equals(id)).toList();
        return editions.stream().filter(e -> primary(e.language()).equals(primary(language))).findFirst()
                .orElseThrow(() -> new UserError("the bundled catalog " + id + " has no '" + language + "' edition to"
                        + " compare with " + otherName + " (it has " + String.join(", ",
                                editions.stream().map(BundledCatalogs.Edition::language).toList()) + ")"));
    }

    private static String primary(String languageTag) {
        return languageTag.split("-")[0].toLowerCase(java.util.Locale.ROOT);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UserError("cannot read the catalog file's time: " + e.getMessage());
        }
    }

    private static boolean looksLikeAPath(String name) {
        return name.contains("/") || name.contains("\\") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".json");
    }
}
