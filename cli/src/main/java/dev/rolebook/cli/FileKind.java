package dev.rolebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names (links followed), for rolebook to say when it needs a file there and finds
 * something else. Only a {@link #FILE} is ever opened: a named pipe blocks whoever opens it until
 * something writes to it, and a device such as {@code /dev/zero} never ends.
 */
enum FileKind {
    FILE("a file"),
    MISSING("missing"),
    FOLDER("a folder"),
    PIPE("a named pipe"),
    DEVICE("a device"),
    SOCKET("a socket"),
    OTHER("not a regular file");

    /** The file type bits of a Unix mode, and the types among them. */
    private static final int TYPE = 0170000;
    private static final int FIFO_TYPE = 0010000;
    private static final int CHARACTER_DEVICE_TYPE = 0020000;
    private static final int BLOCK_DEVICE_TYPE = 0060000;
    private static final int SOCKET_TYPE = 0140000;

    private final String words;

    FileKind(String words) {
        this.words = words;
    }

    static FileKind of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return MISSING;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        try {
            return switch ((Integer) Files.getAttribute(path, "unix:mode") & TYPE) {
                case FIFO_TYPE -> PIPE;
                case CHARACTER_DEVICE_TYPE, BLOCK_DEVICE_TYPE -> DEVICE;
                case SOCKET_TYPE -> SOCKET;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** Something is there, and it is not a file. */
    boolean isNotAFile() {
        return this != FILE && this != MISSING;
    }

    /** "a folder", "a named pipe": what it is, for a message. */
    String words() {
        return words;
    }
}
