package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a schema cannot express: ids unique across the catalog, salary bounds in order, a logo
 * that stays inside the catalog's folder and is there, and warnings for roles the source left
 * incomplete.
 *
 * <p>They read the parsed tree, not the bound catalog, so that they run on a file the schema
 * refused too: a person sees a duplicate id together with a misspelt field, not one after the
 * other. Each rule looks only at the parts whose shape it needs (an id that is text, a minimum
 * that is a number); a part of another shape is the schema's to report.
 */
final class CatalogRules {
    private final String file;
    private final SourceMap map;
    private final List<Problem> problems = new ArrayList<>();

    private CatalogRules(String file, SourceMap map) {
        this.file = file;
        this.map = map;
    }

    static List<Problem> check(JsonNode root, SourceMap map, String file, Path folder) {
        CatalogRules rules = new CatalogRules(file, map);
        rules.checkLogo(root.path("organization").path("logo"), folder);
        rules.checkDepartments(root.path("departments"));
        return rules.problems;
    }

    private void checkLogo(JsonNode node, Path folder) {
        if (!node.isTextual()) {
            return;
        }
        String logo = node.asText().replace('\\', '/');
        boolean escapes = logo.startsWith("/") || logo.matches("^[A-Za-z]:.*") || logo.contains("://")
                || List.of(logo.split("/")).contains("..");
        if (escapes) {
            error(JsonPointer.compile("/organization/logo"),
                    "must be a path relative to the catalog file, inside its folder (no '..', not absolute)");
        } else if (folder != null) {
            // What export would refuse, said by validate too; that the image decodes whole is
            // checked when a document is made.
            String problem = LogoFile.problem(folder, logo);
            if (problem != null) {
                error(JsonPointer.compile("/organization/logo"), problem);
            }
        }
    }

    private void checkDepartments(JsonNode departments) {
        Map<String, JsonPointer> departmentIds = new HashMap<>();
        Map<String, JsonPointer> roleIds = new HashMap<>();
        for (int d = 0; d < departments.size(); d++) {
            JsonNode department = departments.path(d);
            JsonPointer at = JsonPointer.compile("/departments/" + d);
            unique(departmentIds, department.path("id"), at.appendProperty("id"), "department");
            JsonNode roles = department.path("roles");
            for (int r = 0; r < roles.size(); r++) {
                JsonNode role = roles.path(r);
                JsonPointer roleAt = at.appendProperty("roles").appendIndex(r);
                unique(roleIds, role.path("id"), roleAt.appendProperty("id"), "role");
                if (role.isObject()) {
                    checkRole(role, roleAt);
                }
            }
        }
    }

    private void unique(Map<String, JsonPointer> seen, JsonNode id, JsonPointer at, String what) {
        if (!id.isTextual()) {
            return;
        }
        JsonPointer first = seen.putIfAbsent(id.asText(), at);
        if (first != null) {
            error(at, String.format("duplicate %s id '%s' (also at line %d); ids must be unique",
                    what, id.asText(), map.value(first).line()));
        }
    }

    private void checkRole(JsonNode role, JsonPointer at) {
        checkSalary(role.path("salary"), at.appendProperty("salary"));
        String name = role.path("id").isTextual() ? "role '" + role.path("id").asText() + "'" : "this role";
        // An absent field only: a field written empty is the schema's to report.
        if (role.path("pitfalls").isMissingNode()) {
            warning(at, name + " has no pitfalls; its documents will have no 'what to avoid' section");
        }
        if (role.path("example").isMissingNode()) {
            warning(at, name + " has no example; its documents will have no practical example");
        }
    }

    private void checkSalary(JsonNode salary, JsonPointer at) {
        if (!salary.isObject()) {
            return;
        }
        JsonNode min = salary.path("min");
        JsonNode max = salary.path("max");
        if (min.isMissingNode() && max.isMissingNode()) {
            error(at, "needs 'min', 'max' or both");
        } else if (min.isNumber() && max.isNumber() && min.decimalValue().compareTo(max.decimalValue()) > 0) {
            error(at.appendProperty("min"), "is greater than 'max' (" + max.decimalValue().toPlainString() + ")");
        }
    }

    private void error(JsonPointer at, String message) {
        problems.add(Problem.error(file, map.value(at), FieldPath.of(at), message));
    }

    private void warning(JsonPointer at, String message) {
        problems.add(Problem.warning(file, map.value(at), FieldPath.of(at), message));
    }
}
