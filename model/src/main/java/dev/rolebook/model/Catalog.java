package dev.rolebook.model;

import java.util.List;

/**
 * A catalog of job roles grouped by department.
 *
 * @param formatVersion version of the catalog format the file is written in
 * @param id kebab-case id, used in output file names
 * @param language BCP 47 tag of the catalog's text, for example {@code hy}
 * @param source where the text comes from, or {@code null}
 * @param organization the employer that postings and sheets are issued for, or {@code null}
 * @param version the author's label for this edition of the catalog (such as {@code 2026-11}), or {@code null}
 * @param alternativeTitleLanguage BCP 47 tag of the roles' alternative titles, when they are in another
 *     language than the catalog (the English names of an Armenian catalog), or {@code null}
 */
public record Catalog(
        int formatVersion,
        String id,
        String language,
        String alternativeTitleLanguage,
        String title,
        String version,
        Source source,
        Organization organization,
        List<Department> departments) {

    public Catalog {
        departments = Lists.copy(departments);
    }

    /** Every role of every department, in catalog order. */
    public List<Role> roles() {
        return departments.stream().flatMap(d -> d.roles().stream()).toList();
    }
}
