package dev.rolebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleVersion;
import dev.rolebook.model.load.CatalogLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list",
        description = {"Show a catalog's departments and roles with their ids (the ids --role and --department take)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook list",
            "  rolebook list --catalog roles.yaml --json",
            "",
            ExitCodes.HELP_SECTION})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ProjectOption project;

    @Option(names = "--catalog", completionCandidates = Completions.Catalogs.class, paramLabel = "PATH|ID", defaultValue = CatalogSource.DEFAULT_ID,
            description = "A catalog file or a bundled catalog's id. Default: ${DEFAULT-VALUE}.")
    String catalog;

    @Option(names = "--lang", completionCandidates = Completions.Languages.class, paramLabel = "hy|en|ru", description = "The edition of a bundled catalog.")
    String language;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), false);
        Catalog loaded = CatalogSource.load(catalog, language, new CatalogLoader(), console).catalog();
        if (json) {
            console.result(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMap(loaded)));
            return ExitCodes.OK;
        }
        console.result(loaded.id() + " (" + loaded.language() + "): " + loaded.title()
                + (loaded.version() == null ? "" : ", version " + loaded.version()));
        for (Department department : loaded.departments()) {
            console.result("");
            console.result(department.id() + "  " + department.name());
            int width = department.roles().stream().mapToInt(r -> r.id().length()).max().orElse(0);
            for (Role role : department.roles()) {
                // The version first, in a column of its own: the titles after it are of any length.
                console.result("  " + String.format("%-" + width + "s", role.id()) + "  " + RoleVersion.of(department, role)
                        + "  " + role.title()
                        + (role.alternativeTitle() == null ? "" : " (" + role.alternativeTitle() + ")"));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> asMap(Catalog catalog) {
        List<Object> departments = new ArrayList<>();
        for (Department department : catalog.departments()) {
            List<Object> roles = new ArrayList<>();
            for (Role role : department.roles()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", role.id());
                entry.put("title", role.title());
                entry.put("version", RoleVersion.of(department, role));
                if (role.alternativeTitle() != null) {
                    entry.put("alternative_title", role.alternativeTitle());
                }
                roles.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", department.id());
            entry.put("name", department.name());
            entry.put("roles", roles);
            departments.add(entry);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", catalog.id());
        map.put("language", catalog.language());
        map.put("title", catalog.title());
        if (catalog.version() != null) {
            map.put("version", catalog.version());
        }
        map.put("departments", departments);
        return map;
    }
}
