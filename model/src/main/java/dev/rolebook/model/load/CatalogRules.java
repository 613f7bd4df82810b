package dev.rolebook.model.load;

import com.fasterxml.jackson.core.JsonPointer;
import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Organization;
import dev.rolebook.model.Role;
import dev.rolebook.model.Salary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a schema cannot express: ids unique across the catalog, salary bounds in order, a logo
 * that stays inside the catalog's folder and is there, and warnings for roles the source left
 * incomplete.
 */
final class CatalogRules {
    private final String file;
    private final SourceMap map;
    private final List<Problem> problems = new ArrayList<>();

    private CatalogRules(String file, SourceMap map) {
        this.file = file;
        this.map = map;
    }

    static List<Problem> check(Catalog catalog, SourceMap map, String file, Path folder) {
        CatalogRules rules = new CatalogRules(file, map);
        rules.checkLogo(catalog.organization(), folder);
        rules.checkDepartments(catalog);
        return rules.problems;
    }

    private void checkLogo(Organization organization, Path folder) {
        if (organization == null || organization.logo() == null) {
            return;
        }
        String logo = organization.logo().replace('\\', '/');
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

    private void checkDepartments(Catalog catalog) {
        Map<String, JsonPointer> departmentIds = new HashMap<>();
        Map<String, JsonPointer> roleIds = new HashMap<>();
        List<Department> departments = catalog.departments();
        for (int d = 0; d < departments.size(); d++) {
            JsonPointer department = JsonPointer.compile("/departments/" + d);
            unique(departmentIds, departments.get(d).id(), department.appendProperty("id"), "department");
            List<Role> roles = departments.get(d).roles();
            for (int r = 0; r < roles.size(); r++) {
                JsonPointer role = department.appendProperty("roles").appendIndex(r);
                unique(roleIds, roles.get(r).id(), role.appendProperty("id"), "role");
                checkRole(roles.get(r), role);
            }
        }
    }

    private void unique(Map<String, JsonPointer> seen, String id, JsonPointer at, String what) {
        JsonPointer first = seen.putIfAbsent(id, at);
        if (first != null) {
            error(at, String.format("duplicate %s id '%s' (also at line %d); ids must be unique",
                    what, id, map.value(first).line()));
        }
    }

    private void checkRole(Role role, JsonPointer at) {
        checkSalary(role.salary(), at.appendProperty("salary"));
        if (role.pitfalls() == null) {
            warning(at, "role '" + role.id() + "' has no pitfalls; its documents will have no 'what to avoid' section");
        }
        if (role.example() == null) {
            warning(at, "role '" + role.id() + "' has no example; its documents will have no practical example");
        }
    }

    private void checkSalary(Salary salary, JsonPointer at) {
        if (salary == null) {
            return;
        }
        if (salary.min() == null && salary.max() == null) {
            error(at, "needs 'min', 'max' or both");
        } else if (salary.min() != null && salary.max() != null && salary.min().compareTo(salary.max()) > 0) {
            error(at.appendProperty("min"), "is greater than 'max' (" + salary.max().toPlainString() + ")");
        }
    }

    private void error(JsonPointer at, String message) {
        problems.add(Problem.error(file, map.value(at), FieldPath.of(at), message));
    }

    private void warning(JsonPointer at, String message) {
        problems.add(Problem.warning(file, map.value(at), FieldPath.of(at), message));
    }
}
