package dev.rolebook.model.load;

/**
 * One thing wrong with a catalog file, where it is and what to do about it.
 *
 * @param file the name the file was loaded under
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole file
 * @param path the field, in the catalog's own names ({@code departments[0].roles[2].title}); empty
 *     for the file as a whole
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    static Problem error(String file, SourcePosition at, String path, String message) {
        return new Problem(Severity.ERROR, file, at.line(), at.column(), path, message);
    }

    static Problem warning(String file, SourcePosition at, String path, String message) {
        return new Problem(Severity.WARNING, file, at.line(), at.column(), path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: path: message}, with {@code warning:} before a warning's message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        return text.append(message).toString();
    }
}
