package dev.rolebook.templates;

import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.xhtml.TemplateResources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words documents print around catalog text ("Contents", "Signature", "Page 3 of 12"), one
 * UTF-8 properties file per language under {@code labels/}. A key missing in a language falls back
 * to English, so a new label never prints as nothing.
 */
final class Labels {
    private static final String FALLBACK = "en";
    /** The key of how dates are written: a {@link DateTimeFormatter} pattern such as {@code d MMMM y}. */
    static final String DATE_FORMAT = "date.format";
    private static final Pattern FILE = Pattern.compile("labels/labels_([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.properties");

    private Labels() {}

    /**
     * The label languages there are: those of rolebook's own label files, and of every
     * {@code labels/labels_XX.properties} in the user's template folder. The files are the one
     * source: a user's {@code labels_de.properties} makes German a language like the others.
     */
    static List<String> languages(TemplateResources resources) {
        Set<String> languages = new TreeSet<>();
        for (String file : TemplateResources.starterFiles()) {
            Matcher name = FILE.matcher(file);
            if (name.matches()) {
                languages.add(name.group(1));
            }
        }
        if (resources.userFolder().isPresent()) {
            Path folder = resources.userFolder().get().resolve("labels");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(file -> {
                        Matcher name = FILE.matcher("labels/" + file.getFileName());
                        if (name.matches() && Files.isRegularFile(file)) {
                            languages.add(name.group(1));
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("the labels folder " + folder + " cannot be read", e);
                }
            }
        }
        return List.copyOf(languages);
    }

    static Map<String, String> load(TemplateResources resources, String language) {
        String wanted = language == null ? FALLBACK : language.toLowerCase(java.util.Locale.ROOT);
        if (!resources.exists(fileName(wanted))) {
            throw new ResourceNotFoundException("no labels for language '" + wanted + "' ("
                    + fileName(wanted) + "); there are labels for " + String.join(", ", languages(resources)));
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
        String dates = labels.get(DATE_FORMAT);
        if (dates != null) {
            try {
                DateTimeFormatter.ofPattern(dates);
            } catch (IllegalArgumentException e) {
                throw new ResourceNotFoundException(fileName(language) + ":" + keyLine(text, DATE_FORMAT) + ": " + DATE_FORMAT
                        + " '" + dates + "' is not a date"
                        + " pattern (" + e.getMessage() + "); write it as d MMMM y, with letters other than pattern"
                        + " letters in 'quotes'");
            }
        }
        return labels;
    }

    private static int keyLine(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 1;
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
