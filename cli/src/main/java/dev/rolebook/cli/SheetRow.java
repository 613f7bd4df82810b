package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Role;
import dev.rolebook.model.Suggestions;
import dev.rolebook.model.load.XmlCharacters;
import dev.rolebook.templates.Employee;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One CSV row checked and turned into what a role sheet needs: the role and the employee. */
record SheetRow(long line, long number, String role, Employee employee) {

    private static final List<String> KNOWN = List.of("role", "name", "contract_number", "contract_date", "start_date", "manager");

    /** The row as a sheet, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static SheetRow of(EmployeeCsv.Row row, Catalog catalog) {
        if (row.broken() != null) {
            throw new IllegalArgumentException(row.broken());
        }
        Map<String, String> cells = row.cells();
        cells.forEach((column, value) -> {
            String illegal = XmlCharacters.firstIllegal(value);
            if (illegal != null) {
                throw new IllegalArgumentException(column + " contains " + illegal + ", which documents cannot hold");
            }
        });
        String role = cells.get("role");
        List<String> roles = catalog.roles().stream().map(Role::id).toList();
        if (role.isBlank()) {
            throw new IllegalArgumentException("the role is empty");
        }
        if (!roles.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'" + Suggestions.didYouMean(role, roles));
        }
        if (cells.get("name").isBlank()) {
            throw new IllegalArgumentException("the name is empty");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (!KNOWN.contains(column)) {
                extra.put(column, value);
            }
        });
        Employee employee = new Employee(cells.get("name"), blankToNull(cells.get("contract_number")),
                date(cells, "contract_date"), date(cells, "start_date"), blankToNull(cells.get("manager")), extra);
        return new SheetRow(row.line(), row.number(), role, employee);
    }

    private static LocalDate date(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a date written YYYY-MM-DD");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
