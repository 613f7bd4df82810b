package dev.rolebook.model.load;

import java.util.Locale;

/** The two notations a catalog can be written in. */
public enum Syntax {
    YAML,
    JSON;

    /** JSON for names ending in {@code .json}, YAML for everything else (YAML reads most JSON too). */
    public static Syntax forFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
