package dev.rolebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * When each watched file last changed, and its size: two snapshots differ when a file was saved,
 * added or removed. Files are looked at rather than waited on: the JDK's watch service polls every
 * few seconds on macOS, too slow for a preview that answers a save within a second, and looking at
 * a catalog, a logo and a template folder a few times a second costs next to nothing.
 */
record FileStamps(Map<Path, String> stamps) {
    /** Bounds a template folder that is not one (a home folder named by mistake). */
    static final int MAX_FILES = 2_000;
    private static final int MAX_DEPTH = 6;

    static FileStamps of(List<Path> files, Path folder) {
        Map<Path, String> stamps = new TreeMap<>();
        for (Path file : files) {
            if (file != null) {
                stamps.put(file, stamp(file));
            }
        }
        if (folder != null) {
            try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).limit(MAX_FILES).forEach(file -> stamps.put(file, stamp(file)));
            } catch (IOException | java.io.UncheckedIOException e) {
                stamps.put(folder, "unreadable: " + e.getMessage());
            }
        }
        return new FileStamps(Map.copyOf(stamps));
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // A file put in place of a pipe, or the other way round, is a change whatever the time says.
            return (attributes.isRegularFile() ? "" : "not a file ") + attributes.lastModifiedTime().toInstant() + " "
                    + attributes.size();
        } catch (IOException e) {
            return "missing";
        }
    }
}
