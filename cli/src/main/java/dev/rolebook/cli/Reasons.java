package dev.rolebook.cli;

import java.nio.file.FileSystemException;

/** Why an operation failed, in the words of the system or library, without Java class names. */
final class Reasons {
    private Reasons() {}

    static String of(Throwable e) {
        Throwable cause = e;
        // The words are usually on the innermost cause; a wrapper repeats them with its class name.
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof FileSystemException file && file.getReason() != null) {
            return file.getReason() + (file.getFile() == null ? "" : " (" + file.getFile() + ")");
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "it failed without saying why" : message;
    }
}
