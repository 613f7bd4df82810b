package dev.rolebook.model.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rolebook.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads role catalogs from YAML or JSON. A file goes through four steps, each adding to one list of
 * problems: decoding (UTF-8 only), reading the tree with positions ({@link TreeReader}), the JSON
 * Schema ({@link CatalogSchema}), and the rules across fields ({@link CatalogRules}). Only a file
 * that cannot be read as a tree at all (a syntax error) stops before the last two. Create one
 * loader and share it: it is thread-safe and the schema is compiled once.
 */
public final class CatalogLoader {
    private final CatalogSchema schema = CatalogSchema.load();
    private final TreeReader yaml = TreeReader.forSyntax(Syntax.YAML);
    private final TreeReader json = TreeReader.forSyntax(Syntax.JSON);
    private final ObjectMapper binder = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Loads a file, choosing YAML or JSON by its name. Problems name the file as given. */
    public LoadResult load(Path file) {
        String name = file.toString();
        byte[] bytes;
        // The size is counted while reading, not asked of the file system: /dev/zero or a pipe has size 0.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                return failed(Problem.error(name, SourcePosition.FILE, "", tooLarge()));
            }
        } catch (NoSuchFileException e) {
            return failed(Problem.error(name, SourcePosition.FILE, "", "no such file"));
        } catch (IOException e) {
            return failed(Problem.error(name, SourcePosition.FILE, "", "cannot be read: " + e.getMessage()));
        }
        Path folder = file.toAbsolutePath().getParent();
        return load(bytes, name, Syntax.forFileName(name), folder);
    }

    /** Loads from a stream (not closed here), read up to the size limit. */
    public LoadResult load(InputStream in, String name, Syntax syntax) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            return failed(Problem.error(name, SourcePosition.FILE, "", tooLarge()));
        }
        return load(bytes, name, syntax, null);
    }

    /** Loads a catalog that ships with rolebook. Problems name it by its file name. */
    public LoadResult load(BundledCatalogs.Edition edition) {
        try (InputStream in = edition.open()) {
            return load(in, edition.fileName(), Syntax.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled catalog " + edition.fileName() + " cannot be read", e);
        }
    }

    /** The schema this loader checks against. */
    public CatalogSchema schema() {
        return schema;
    }

    /** @param folder the catalog's folder, where its logo is looked for; null for a catalog from a stream */
    private LoadResult load(byte[] bytes, String name, Syntax syntax, Path folder) {
        ParsedFile parsed;
        try {
            String text = CatalogText.decode(bytes, name);
            parsed = (syntax == Syntax.JSON ? json : yaml).read(text, name);
        } catch (LoadFailure failure) {
            return result(null, new ArrayList<>(failure.problems()));
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(schema.check(parsed, name));
        // The rules run on a tree the schema refused too: every problem of the file in one report.
        problems.addAll(CatalogRules.check(parsed.root(), parsed.sourceMap(), name, folder));
        if (problems.stream().anyMatch(Problem::isError)) {
            return result(null, problems);
        }
        return result(bind(parsed.root()), problems);
    }

    private Catalog bind(JsonNode root) {
        ObjectNode fields = root.deepCopy();
        fields.remove("$schema");
        try {
            return binder.treeToValue(fields, Catalog.class);
        } catch (IOException e) {
            // The schema admitted a tree the records do not fit: the two are out of step, a bug here.
            throw new IllegalStateException("catalog schema and records disagree: " + e.getMessage(), e);
        }
    }

    private static LoadResult result(Catalog catalog, List<Problem> problems) {
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new LoadResult(errors ? Optional.empty() : Optional.of(catalog), capped(problems));
    }

    /** A hostile file can have thousands of problems; a person mends the first few and tries again. */
    private static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= Limits.MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> shown = new ArrayList<>(problems.subList(0, Limits.MAX_PROBLEMS));
        List<Problem> hidden = problems.subList(Limits.MAX_PROBLEMS, problems.size());
        // The note is an error only if it stands for errors: hidden warnings must not fail a catalog.
        Severity severity = hidden.stream().anyMatch(Problem::isError) ? Severity.ERROR : Severity.WARNING;
        shown.add(new Problem(severity, shown.get(0).file(), 0, 0, "", String.format(
                "%d more problems not shown; mend these and load the file again", hidden.size())));
        return shown;
    }

    private static LoadResult failed(Problem problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }

    /** Said once reading has passed the limit; how much more there is, nobody read to find out. */
    private static String tooLarge() {
        return String.format("the file has more than %,d bytes (16 MiB), the limit for a catalog", Limits.MAX_FILE_BYTES);
    }
}
