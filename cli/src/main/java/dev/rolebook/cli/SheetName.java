package dev.rolebook.cli;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names for role sheets from a pattern such as {@code {contract_number}-{role}}: placeholders
 * are CSV columns, {@code {row}} and {@code {role}}. Whatever the cells hold, the name stays a plain
 * file name: no path separators or {@code ..}, no control or reserved characters, not a reserved
 * Windows name, at most 200 bytes in UTF-8 (file systems count bytes, 255 at most, and the
 * extension and the temporary name of a file being written need the rest).
 */
final class SheetName {
    static final String WITH_CONTRACTS = "{contract_number}-{role}";
    static final String WITHOUT_CONTRACTS = "{row}-{role}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_BYTES = 200;

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
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            name = cut(name).strip();
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (name.isEmpty() || RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    /**
     * What makes two names the same file on some file system: Windows and macOS ignore case, and
     * macOS does not tell apart the composed and decomposed forms of a letter.
     */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The longest start of the name, whole characters only, within the byte limit. */
    private static String cut(String name) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }
}
