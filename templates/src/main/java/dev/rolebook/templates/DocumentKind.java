package dev.rolebook.templates;

import java.util.List;
import java.util.Locale;

/** The documents rolebook makes; each is one template of the same name. */
public enum DocumentKind {
    /** The catalog, or a selection of it, as a training booklet. */
    HANDBOOK,
    /** One role as a job posting or job description. */
    POSTING,
    /** One role, optionally for one employee, as the role sheet attached to a contract. */
    SHEET,
    /**
     * What changed in one role since an earlier catalog ({@link RenderOptions#previous()}), to be
     * signed as an amendment to the role sheet.
     */
    CHANGES;

    /** The documents made from a catalog alone; a changes sheet needs an earlier one beside it. */
    public static List<DocumentKind> ofCatalog() {
        return List.of(HANDBOOK, POSTING, SHEET);
    }

    /** The name used in templates, file names and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String templateName() {
        return id() + ".ftl";
    }
}
