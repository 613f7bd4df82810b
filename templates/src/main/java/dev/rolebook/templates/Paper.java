package dev.rolebook.templates;

import java.util.Locale;

/** Page sizes offered; the template writes them into the CSS {@code @page size}. */
public enum Paper {
    A4,
    A5,
    LETTER;

    /** The CSS page-size keyword. */
    public String css() {
        return name().toLowerCase(Locale.ROOT).equals("letter") ? "letter" : name();
    }
}
