package dev.rolebook.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names for role sheets from a pattern such as {@code {contract_number}-{role}}: placeholders
 * are CSV columns, {@code {row}} and {@code {role}}. Whatever the cells hold, the name stays a plain
 * file name: no path separators or {@code ..}, no control or reserved characters, not a reserved
 * Windows name, at most 100 characters.
 */
final class SheetName {
    static final String WITH_CONTRACTS = "{contract_number}-{role}";
    static final String WITHOUT_CONTRACTS = "{row}-{role}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_LENGTH = 100;

    private SheetName() {}

    /**
     * The file name (without extension) for a row.
     *
     * @throws IllegalArgumentException naming the placeholder whose cell is empty or unknown
     */
    static String of(String pattern, long row, Map<String, String> cells) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (placeholder.find()) {
            String column = placeholder.group(1);
            String value = column.equals("row") ? Long.toString(row) : cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("--name uses {" + column + "}, which is not a column of the file");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--name uses {" + column + "}, which is empty in this row");
            }
            placeholder.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(name);
        return sanitize(name.toString());
    }

    static String sanitize(String raw) {
        StringBuilder safe = new StringBuilder();
        raw.codePoints().forEach(c -> safe.appendCodePoint(
                Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT
                        ? '_' : Character.isWhitespace(c) ? ' ' : c));
        String name = safe.toString().replaceAll("\\s+", " ").replaceAll("\\.{2,}", ".").strip();
        name = name.replaceAll("^[.\\-\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (name.isEmpty() || RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }
}
