package dev.rolebook.templates;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which parts of a catalog a document covers: the roles of the named departments and the named
 * roles (both lists empty: everything), in catalog order.
 */
public final class Selection {
    private Selection() {}

    /** The departments to render, each with only its selected roles; departments left empty are dropped. */
    public static List<Department> departments(Catalog catalog, List<String> departmentIds, List<String> roleIds) {
        check(departmentIds, catalog.departments().stream().map(Department::id).toList(), "department");
        check(roleIds, catalog.roles().stream().map(Role::id).toList(), "role");
        boolean everything = departmentIds.isEmpty() && roleIds.isEmpty();
        Set<String> wantedRoles = Set.copyOf(roleIds);
        List<Department> selected = new ArrayList<>();
        for (Department department : catalog.departments()) {
            boolean wholeDepartment = everything || departmentIds.contains(department.id());
            List<Role> roles = department.roles().stream()
                    .filter(role -> wholeDepartment || wantedRoles.contains(role.id()))
                    .toList();
            if (!roles.isEmpty()) {
                selected.add(new Department(department.id(), department.name(), roles,
                        wholeDepartment ? department.quotes() : List.of()));
            }
        }
        return selected;
    }

    /** The selected roles, in catalog order. */
    public static List<Role> roles(Catalog catalog, List<String> departmentIds, List<String> roleIds) {
        return departments(catalog, departmentIds, roleIds).stream()
                .flatMap(department -> department.roles().stream())
                .toList();
    }

    private static void check(List<String> wanted, List<String> known, String what) {
        for (String id : wanted) {
            if (!known.contains(id)) {
                throw new SelectionException(String.format("the catalog has no %s '%s'%s (it has: %s)", what, id,
                        Suggestions.didYouMean(id, known), known.stream().collect(Collectors.joining(", "))));
            }
        }
    }
}
