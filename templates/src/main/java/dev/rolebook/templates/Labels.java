package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.xhtml.TemplateResources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The words documents print around catalog text ("Contents", "Signature", "Page 3 of 12"), one
 * UTF-8 properties file per language under {@code labels/}. A key missing in a language falls back
 * to English, so a new label never prints as nothing.
 */
final class Labels {
    /** Languages rolebook ships labels for. */
    static final List<String> LANGUAGES = List.of("hy", "en", "ru");
    private static final String FALLBACK = "en";

    private Labels() {}

    static Map<String, String> load(TemplateResources resources, String language) {
        String wanted = language == null ? FALLBACK : language.toLowerCase(java.util.Locale.ROOT);
        if (!resources.exists(fileName(wanted))) {
            throw new ResourceNotFoundException("no labels for language '" + wanted + "' ("
                    + fileName(wanted) + "); rolebook has " + String.join(", ", LANGUAGES));
        }
        Map<String, String> labels = new HashMap<>(read(resources, FALLBACK));
        labels.putAll(read(resources, wanted));
        return Map.copyOf(labels);
    }

    private static Map<String, String> read(TemplateResources resources, String language) {
        Properties properties = new Properties();
        String text = new String(resources.read(fileName(language)), StandardCharsets.UTF_8);
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // Properties says only "Malformed \\uxxxx encoding": find the line for the user.
            throw new ResourceNotFoundException(fileName(language) + ":" + brokenEscapeLine(text) + ": a \\u escape must be"
                    + " followed by four hexadecimal digits (\\u0561); the file is UTF-8, so the letter itself can be written");
        }
        Map<String, String> labels = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> labels.put(key, properties.getProperty(key)));
        return labels;
    }

    private static int brokenEscapeLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(".*(?<!\\\\)\\\\u(?![0-9A-Fa-f]{4}).*")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String fileName(String language) {
        return "labels/labels_" + TemplateResources.checkName(language) + ".properties";
    }
}
