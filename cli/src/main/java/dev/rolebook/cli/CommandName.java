package dev.rolebook.cli;

import java.nio.file.Path;

/**
 * How to type the rolebook command in a given folder, for the commands a message suggests: as the
 * person typed it (the launcher passes its own path as the system property {@value #PROPERTY}), seen
 * from the folder the suggestion is to be run in. A launcher run as {@code ./rolebook} is
 * {@code ../rolebook} from a folder made beside it; one found on the PATH, or a bare
 * {@code java -jar}, is {@code rolebook}.
 */
final class CommandName {
    static final String PROPERTY = "rolebook.launcher";
    private static final String DEFAULT = "rolebook";

    private CommandName() {}

    /** The command to type in {@code folder}. */
    static String in(Path folder) {
        return in(folder, System.getProperty(PROPERTY));
    }

    static String in(Path folder, String launcher) {
        if (launcher == null || launcher.isBlank()) {
            return DEFAULT;
        }
        if (!launcher.contains("/")) {
            return quoted(launcher); // found on the PATH: the same from every folder
        }
        Path path = Path.of(launcher);
        if (path.isAbsolute()) {
            return quoted(path.normalize().toString());
        }
        String relative = folder.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
        return quoted(relative.contains("/") ? relative : "./" + relative);
    }

    /** A path as a shell takes it: in single quotes when it holds anything but the plain characters. */
    static String quoted(String text) {
        return text.matches("[A-Za-z0-9_./+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
