package dev.rolebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, in words for a message, when rolebook needs a file there and it is not one.
 * Such a path is never opened: a named pipe blocks whoever opens it until something writes to it,
 * and a device such as {@code /dev/zero} never ends.
 */
final class FileKind {
    /** The file type bits of a Unix mode, and the types among them. */
    private static final int TYPE = 0170000;
    private static final int PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {}

    /**
     * "a folder", "a named pipe", "a device", "a socket", or "missing" (nothing there) for a path
     * that is not a regular file (links followed); null for one that is.
     */
    static String notAFile(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return "missing";
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
            return switch (type) {
                case PIPE -> "a named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file";
        }
    }
}
