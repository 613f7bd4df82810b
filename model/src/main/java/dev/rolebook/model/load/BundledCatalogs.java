package dev.rolebook.model.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The catalogs that ship inside rolebook, listed in {@code dev/rolebook/catalogs/editions.txt} so
 * that adding one is a resource change, not a code change.
 */
public final class BundledCatalogs {
    static final String FOLDER = "/dev/rolebook/catalogs/";

    /** One language edition of a bundled catalog. */
    public record Edition(String id, String language) {
        /** The file name, {@code <id>.<language>.yaml}. */
        public String fileName() {
            return id + "." + language + ".yaml";
        }

        /** The catalog file's bytes; the caller closes the stream. */
        public InputStream open() {
            InputStream in = BundledCatalogs.class.getResourceAsStream(FOLDER + fileName());
            if (in == null) {
                throw new IllegalStateException("bundled catalog " + fileName() + " is listed but missing");
            }
            return in;
        }

        /**
         * When the file was last changed: in a rolebook jar, its entry's time, which the build
         * fixes, so the same rolebook gives the same answer on every machine.
         */
        public Instant lastModified() {
            URL url = BundledCatalogs.class.getResource(FOLDER + fileName());
            if (url == null) {
                throw new IllegalStateException("bundled catalog " + fileName() + " is listed but missing");
            }
            try {
                URLConnection connection = url.openConnection();
                // A jar URL's own last-modified is the jar file's, which changes with every build.
                long time = connection instanceof JarURLConnection jar
                        ? jar.getJarEntry().getTime() : connection.getLastModified();
                return Instant.ofEpochMilli(time);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final List<Edition> EDITIONS = readIndex();

    private BundledCatalogs() {}

    /** Every bundled edition, in the order of the index. */
    public static List<Edition> editions() {
        return EDITIONS;
    }

    /** The ids of the bundled catalogs, each once. */
    public static List<String> ids() {
        return EDITIONS.stream().map(Edition::id).distinct().toList();
    }

    private static List<Edition> readIndex() {
        try (InputStream in = BundledCatalogs.class.getResourceAsStream(FOLDER + "editions.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(BundledCatalogs::edition)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the index of bundled catalogs cannot be read", e);
        }
    }

    private static Edition edition(String fileName) {
        String[] parts = fileName.split("\\.");
        if (parts.length != 3 || !parts[2].equals("yaml")) {
            throw new IllegalStateException("bundled catalog index: '" + fileName + "' is not <id>.<language>.yaml");
        }
        return new Edition(parts[0], parts[1]);
    }
}
