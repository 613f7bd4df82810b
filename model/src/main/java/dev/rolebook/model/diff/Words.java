package dev.rolebook.model.diff;

import java.util.Map;

/**
 * A role's fields named as a reader of the role sheet knows them ("duty under «Selling»"), from
 * the catalog's field names without indexes. English, as the command speaks.
 */
final class Words {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("alternative_title", "second title"),
            Map.entry("department", "department"),
            Map.entry("summary", "summary, paragraph %n"),
            Map.entry("responsibilities", "duties"),
            Map.entry("responsibilities.lead_in", "duties, introduction"),
            Map.entry("responsibilities.heading", "duties, heading"),
            Map.entry("responsibilities.areas", "area of duties %t"),
            Map.entry("responsibilities.areas.title", "area of duties %t, its title"),
            Map.entry("responsibilities.areas.items", "duty under %t"),
            Map.entry("requirements", "requirement %n"),
            Map.entry("pitfalls", "pitfalls"),
            Map.entry("pitfalls.heading", "pitfalls, heading"),
            Map.entry("pitfalls.items", "pitfall %t"),
            Map.entry("pitfalls.items.title", "pitfall %t, its title"),
            Map.entry("pitfalls.items.detail", "pitfall %t, its explanation"),
            Map.entry("example", "example"),
            Map.entry("example.heading", "example, heading"),
            Map.entry("example.paragraphs", "example, paragraph %n"),
            Map.entry("reports_to", "line manager"),
            Map.entry("employment_type", "employment type"),
            Map.entry("location", "place of work"),
            Map.entry("salary", "salary"));

    private Words() {}

    static String where(String kind, int number, String title) {
        String name = NAMES.get(kind);
        if (name == null) {
            // A part of a place of work or a salary: named by the whole and the field.
            int dot = kind.indexOf('.');
            String whole = dot < 0 ? null : NAMES.get(kind.substring(0, dot));
            return whole != null ? whole + ", " + kind.substring(dot + 1).replace('_', ' ') : kind.replace('_', ' ');
        }
        return name.replace("%n", String.valueOf(number)).replace("%t", title == null ? "" : "«" + title + "»").strip();
    }
}
