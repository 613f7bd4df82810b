package dev.rolebook.xhtml.export;

import dev.rolebook.xhtml.XhtmlDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An output format. Each format is a small module implementing this and registering it in
 * {@code META-INF/services/dev.rolebook.xhtml.export.Exporter}; {@link Exporters} finds them, so
 * adding a format changes no existing code. An exporter sees only the XHTML document.
 */
public interface Exporter {

    /** The format's name and file extension, such as {@code pdf}. */
    String format();

    /**
     * Checks what the options point to (a reference document, for instance) before any document is
     * rendered, so a broken one stops the run before anything is written.
     *
     * @throws ExportException if the options cannot be used; the message says which and why
     */
    default void prepare(ExportOptions options) {}

    /**
     * Writes the document to {@code out}. Implementations must be thread-safe.
     *
     * @throws ExportException if the document cannot be exported as it is (a missing resource, a
     *     character no font can draw); the message says what and where
     */
    void export(XhtmlDocument document, ExportOptions options, OutputStream out) throws IOException;

    /**
     * The {@link ExportOptions#identifier() identifier} a file of this format carries, read back
     * from its metadata; empty when the file is not one this format wrote whole (cut short, another
     * kind of file, made by another program).
     */
    default Optional<String> identifier(Path file) throws IOException {
        return Optional.empty();
    }
}
