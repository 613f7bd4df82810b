package dev.rolebook.templates;

import dev.rolebook.model.Catalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to render and how.
 *
 * @param labelLanguage language of the labels ({@code hy}, {@code en}, {@code ru}); {@code null}
 *     follows the catalog's language
 * @param departments ids of the departments to include in a handbook; empty for all
 * @param roles ids of the roles to include in a handbook, or the one role of a posting or sheet
 * @param date the date printed as the edition or issue date
 * @param employee the person a sheet is made out to, or {@code null} for a blank sheet
 * @param catalogFolder folder the catalog file is in, where its logo is looked up; {@code null}
 *     for bundled catalogs, which have none
 * @param previous an earlier version of the catalog, which a changes sheet states the changes since;
 *     {@code null} for other documents
 */
public record RenderOptions(
        DocumentKind kind,
        String labelLanguage,
        Paper paper,
        List<String> departments,
        List<String> roles,
        LocalDate date,
        Employee employee,
        Path catalogFolder,
        Catalog previous) {

    public RenderOptions(DocumentKind kind, String labelLanguage, Paper paper, List<String> departments, List<String> roles,
            LocalDate date, Employee employee, Path catalogFolder) {
        this(kind, labelLanguage, paper, departments, roles, date, employee, catalogFolder, null);
    }

    public RenderOptions {
        Objects.requireNonNull(kind, "kind");
        paper = paper == null ? Paper.A4 : paper;
        departments = departments == null ? List.of() : List.copyOf(departments);
        roles = roles == null ? List.of() : List.copyOf(roles);
        date = date == null ? LocalDate.now() : date;
    }

    /** A handbook of the whole catalog on A4, dated today. */
    public static RenderOptions of(DocumentKind kind) {
        return new RenderOptions(kind, null, Paper.A4, List.of(), List.of(), null, null, null);
    }

    public RenderOptions withPrevious(Catalog earlier) {
        return new RenderOptions(kind, labelLanguage, paper, departments, roles, date, employee, catalogFolder, earlier);
    }

    public RenderOptions withKind(DocumentKind other) {
        return new RenderOptions(other, labelLanguage, paper, departments, roles, date, employee, catalogFolder, previous);
    }

    public RenderOptions withRoles(List<String> ids) {
        return new RenderOptions(kind, labelLanguage, paper, departments, ids, date, employee, catalogFolder, previous);
    }

    public RenderOptions withRole(String id) {
        return withRoles(List.of(id));
    }

    public RenderOptions withLabelLanguage(String language) {
        return new RenderOptions(kind, language, paper, departments, roles, date, employee, catalogFolder, previous);
    }

    public RenderOptions withPaper(Paper size) {
        return new RenderOptions(kind, labelLanguage, size, departments, roles, date, employee, catalogFolder, previous);
    }

    public RenderOptions withDate(LocalDate day) {
        return new RenderOptions(kind, labelLanguage, paper, departments, roles, day, employee, catalogFolder, previous);
    }

    public RenderOptions withEmployee(Employee person) {
        return new RenderOptions(kind, labelLanguage, paper, departments, roles, date, person, catalogFolder, previous);
    }

    public RenderOptions withDepartments(List<String> ids) {
        return new RenderOptions(kind, labelLanguage, paper, ids, roles, date, employee, catalogFolder, previous);
    }
}
