package dev.rolebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.diff.CatalogDiff;
import dev.rolebook.model.diff.CatalogDiff.Change;
import dev.rolebook.model.diff.CatalogDiff.RoleChanges;
import dev.rolebook.model.diff.WordDiff;
import dev.rolebook.model.load.CatalogLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", sortOptions = false,
        description = {"Say what changed in each role between two versions of a catalog: roles added and removed, and"
                + " for each role whose version changed, every text changed (words marked), added or removed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook diff roles-2025.yaml roles.yaml",
            "      the changes, readable; on a terminal, removed words in red and added ones in green",
            "  rolebook diff roles-2025.yaml roles.yaml --json",
            "      the same for a program",
            "  rolebook diff --exit-code --quiet roles-2025.yaml roles.yaml || echo changed",
            "      whether a role changed, for a script",
            "",
            "Exit codes:",
            "  0  compared, with or without changes (with --exit-code: no role changed)",
            "  1  with --exit-code: a role was added, removed or changed",
            "  2  bad input: a catalog missing or invalid"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", paramLabel = "OLD", completionCandidates = Completions.Catalogs.class,
            description = "The older catalog: a file, a bundled catalog's id, or - for standard input.")
    String before;

    @Parameters(index = "1", paramLabel = "NEW", completionCandidates = Completions.Catalogs.class,
            description = "The newer catalog: a file, a bundled catalog's id, or - for standard input.")
    String after;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "LANG", description = "The edition of a bundled catalog.")
    String language;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--exit-code", description = "Exit with 1 when a role was added, removed or changed, 0 when none was"
            + " (as git diff --exit-code); --quiet implies it.")
    boolean exitCode;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Mark words with colour: auto (on a terminal, unless NO_COLOR is set), always or never."
                    + " Without colour, [-removed-] and {+added+}.")
    String color;

    @Override
    public Integer call() throws Exception {
        boolean colour = switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> DiffText.colourByDefault();
            default -> throw new UserError("--color must be auto, always or never, not '" + color + "'");
        };
        if (CatalogSource.STDIN.equals(before) && CatalogSource.STDIN.equals(after)) {
            throw new UserError("standard input can be read once: only one of OLD and NEW can be '-'");
        }
        CatalogLoader loader = new CatalogLoader();
        // What a catalog lacks (a role without pitfalls) is validate's to say; here only errors stop.
        Console errorsOnly = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), true);
        Catalog old;
        Catalog now;
        if (CatalogSource.loadEarlierFirst(before, after)) {
            CatalogSource.Loaded first = CatalogSource.load(before, language, loader, errorsOnly);
            old = first.catalog();
            now = CatalogSource.loadToCompare(after, first, before, loader, errorsOnly).catalog();
        } else {
            CatalogSource.Loaded later = CatalogSource.load(after, language, loader, errorsOnly);
            now = later.catalog();
            old = CatalogSource.loadToCompare(before, later, after, loader, errorsOnly).catalog();
        }
        List<RoleChanges> roles = CatalogDiff.between(old, now);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(old, now, roles));
        } else if (!common.quiet) {
            new DiffText(out, colour).print(before, old, after, now, roles);
        }
        out.flush();
        // --quiet alone says nothing but the exit code, as git diff --quiet implies --exit-code.
        return (exitCode || common.quiet) && !roles.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static String json(Catalog old, Catalog now, List<RoleChanges> roles) throws Exception {
        ObjectMapper mapper = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("before", side(old));
        document.put("after", side(now));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (RoleChanges role : roles) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", role.id());
            entry.put("title", role.title());
            entry.put("status", role.status().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("version_before", role.versionBefore());
            entry.put("version_after", role.versionAfter());
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Change change : role.changes()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
                item.put("where", change.where());
                item.put("field", change.field());
                item.put("before", change.before());
                item.put("after", change.after());
                if (change.kind() == CatalogDiff.Kind.CHANGED) {
                    item.put("words", WordDiff.of(change.before(), change.after()).stream().map(piece -> Map.of(
                            "op", piece.op().name().toLowerCase(java.util.Locale.ROOT), "text", piece.text())).toList());
                }
                changes.add(item);
            }
            entry.put("changes", changes);
            listed.add(entry);
        }
        document.put("roles", listed);
        return mapper.writeValueAsString(document);
    }

    private static Map<String, Object> side(Catalog catalog) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("catalog", catalog.id());
        side.put("language", catalog.language());
        side.put("version", catalog.version());
        return side;
    }
}
