package dev.rolebook.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rolebook.model.Suggestions;
import dev.rolebook.model.load.BundledCatalogs;
import dev.rolebook.templates.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rolebook.yaml}: the options a folder's commands share, written once. Each key is the long
 * option of the same name; a path is relative to the file's folder. The whole file is checked when
 * it is read, and every problem is reported at its line and column.
 */
final class ProjectFile {
    static final String NAME = "rolebook.yaml";
    /** A few lines of settings; anything near this size is not one. */
    static final int MAX_BYTES = 64 * 1024;

    /** The settings the file may hold, each the long option of the same name. */
    enum Key {
        CATALOG("catalog"), LANG("lang"), TEMPLATES("templates"), REFERENCE_DOC("reference-doc"), OUT("out"),
        PAPER("paper");

        final String name;

        Key(String name) {
            this.name = name;
        }

        static Optional<Key> of(String name) {
            return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst();
        }

        static List<String> names() {
            return Arrays.stream(values()).map(k -> k.name).toList();
        }
    }

    private final Map<Key, String> values;

    private ProjectFile(Map<Key, String> values) {
        this.values = values;
    }

    /** The value of a setting, paths resolved against the file's folder; null when the file does not set it. */
    String value(Key key) {
        return values.get(key);
    }

    /**
     * Reads {@code rolebook.yaml} in a folder.
     *
     * @return empty when the folder has none
     * @throws Invalid with every problem of the file
     */
    static Optional<ProjectFile> find(Path folder) throws Invalid {
        Path file = folder.resolve(NAME);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new Invalid(List.of(file + ": cannot be read: " + Reasons.of(e)));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Invalid(List.of(file + ": has more than " + MAX_BYTES / 1024 + " KiB; it holds a few settings"));
        }
        return Optional.of(new Reading(file, folder).read(bytes));
    }

    /** A project file that cannot be used; its messages are {@code FILE:LINE:COLUMN: key: what is wrong}. */
    static final class Invalid extends Exception {
        Invalid(List<String> problems) {
            super(String.join("\n", problems));
        }
    }

    /** One read of a file: the settings found and the problems met. */
    private static final class Reading {
        private static final YAMLFactory YAML = YAMLFactory.builder()
                .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();

        private final Path file;
        private final Path folder;
        private final Map<Key, String> values = new EnumMap<>(Key.class);
        private final List<String> problems = new ArrayList<>();

        Reading(Path file, Path folder) {
            this.file = file;
            this.folder = folder;
        }

        ProjectFile read(byte[] bytes) throws Invalid {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new Invalid(List.of(file + ": is not UTF-8; save it as UTF-8"));
            }
            try (JsonParser parser = YAML.createParser(text)) {
                settings(parser);
            } catch (StreamReadException e) {
                String message = e.getOriginalMessage();
                int detail = message.indexOf('\n');
                problems.add(at(e.getLocation()) + "YAML syntax error: "
                        + (detail < 0 ? message : message.substring(0, detail)));
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + Reasons.of(e));
            }
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
            return new ProjectFile(values);
        }

        private void settings(JsonParser parser) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // empty, or comments alone: nothing set
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(at(parser.currentTokenLocation()) + "expected settings such as 'catalog: roles.yaml',"
                        + " one a line");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                JsonToken token = parser.nextToken();
                JsonLocation valueAt = parser.currentTokenLocation();
                Optional<Key> key = Key.of(name);
                if (key.isEmpty()) {
                    problems.add(at(keyAt) + name + ": unknown setting" + Suggestions.didYouMean(name, Key.names())
                            + " (settings: " + String.join(", ", Key.names()) + ")");
                } else if (values.containsKey(key.get())) {
                    problems.add(at(keyAt) + name + ": set twice; keep one");
                } else if (token != JsonToken.VALUE_STRING || ((YAMLParser) parser).isCurrentAlias()) {
                    problems.add(at(valueAt) + name + ": " + (token == JsonToken.VALUE_NULL ? "is empty; give a value"
                            + " or remove the line" : "expected text such as " + example(key.get())));
                } else {
                    String problem = accept(key.get(), parser.getText().strip());
                    if (problem != null) {
                        problems.add(at(valueAt) + name + ": " + problem);
                    }
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                problems.add(at(parser.currentTokenLocation()) + "a second document follows the settings; a file"
                        + " holds one");
            }
        }

        /** Keeps a setting, resolved; or says what is wrong with it. */
        private String accept(Key key, String value) {
            if (value.isEmpty()) {
                return "is empty; give a value or remove the line";
            }
            Path path;
            try {
                path = folder.resolve(value).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return "is not a path: " + e.getReason();
            }
            switch (key) {
                case CATALOG:
                    if (Files.isRegularFile(path)) {
                        values.put(key, path.toString());
                    } else if (BundledCatalogs.ids().contains(value)) {
                        values.put(key, value);
                    } else {
                        return "no catalog file " + path + ", nor a bundled catalog '" + value + "'"
                                + Suggestions.didYouMean(value, BundledCatalogs.ids());
                    }
                    return null;
                case TEMPLATES:
                    if (!Files.isDirectory(path)) {
                        return path + " is not a folder";
                    }
                    values.put(key, path.toString());
                    return null;
                case REFERENCE_DOC:
                    if (!Files.isRegularFile(path)) {
                        return path + " is not a file";
                    }
                    values.put(key, path.toString());
                    return null;
                case OUT:
                    if (Files.exists(path) && !Files.isDirectory(path)) {
                        return path + " is a file, not a folder";
                    }
                    values.put(key, path.toString());
                    return null;
                case PAPER:
                    for (Paper paper : Paper.values()) {
                        if (paper.name().equalsIgnoreCase(value)) {
                            values.put(key, paper.name());
                            return null;
                        }
                    }
                    List<String> papers = Arrays.stream(Paper.values()).map(Paper::name).toList();
                    return "must be one of " + String.join(", ", papers) + ", not '" + value + "'"
                            + Suggestions.didYouMean(value.toUpperCase(Locale.ROOT), papers);
                case LANG:
                    if (!value.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                        return "must be a language such as hy, en or ru, not '" + value + "'";
                    }
                    values.put(key, value);
                    return null;
                default:
                    throw new IllegalStateException("no rule for " + key);
            }
        }

        private static String example(Key key) {
            return switch (key) {
                case CATALOG -> "'catalog: roles.yaml'";
                case LANG -> "'lang: en' (a language written no, yes, on or off goes in quotes)";
                case PAPER -> "'paper: A5'";
                default -> "'" + key.name + ": a-folder/a-file'";
            };
        }

        private String at(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return file + ": ";
            }
            return file + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr()) + ": ";
        }
    }
}
