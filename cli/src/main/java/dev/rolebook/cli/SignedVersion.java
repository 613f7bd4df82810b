package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Department;
import dev.rolebook.model.Role;
import dev.rolebook.model.RoleVersion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an employee signed the current text of their role: the employee list's
 * {@code signed_version} column holds the version printed on the sheet they signed.
 */
final class SignedVersion {
    static final String COLUMN = "signed_version";

    enum State { CURRENT, STALE, NEVER_SIGNED }

    private final Map<String, String> current = new HashMap<>();

    SignedVersion(Catalog catalog) {
        for (Department department : catalog.departments()) {
            for (Role role : department.roles()) {
                current.put(role.id(), RoleVersion.of(department, role));
            }
        }
    }

    /** The current version of a role of the catalog. */
    String current(String role) {
        return current.get(role);
    }

    /** The state of a row whose role is in the catalog; {@code signed} is the cell, null or blank when empty. */
    State of(String role, String signed) {
        if (signed == null || signed.isBlank()) {
            return State.NEVER_SIGNED;
        }
        return signed.strip().toLowerCase(Locale.ROOT).equals(current.get(role)) ? State.CURRENT : State.STALE;
    }
}
