package dev.rolebook.templates;

import java.time.LocalDate;
import java.util.Map;

/**
 * The person a role sheet is made out to. Any part may be {@code null}: the sheet then leaves a
 * line to fill in by hand.
 *
 * @param extra further columns of an employee list, passed to templates as they are
 */
public record Employee(
        String name,
        String contractNumber,
        LocalDate contractDate,
        LocalDate startDate,
        String manager,
        Map<String, String> extra) {

    public Employee {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
