package dev.rolebook.xhtml.export;

import dev.rolebook.xhtml.XhtmlDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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

    /**
     * The role record ({@link dev.rolebook.xhtml.Vocabulary#ROLE_RECORD}) a file of this format
     * carries, as the JSON text it was given; empty when it carries none.
     */
    default Optional<String> record(Path file) throws IOException {
        return Optional.empty();
    }

    /**
     * The {@link ExportOptions} this format honours, by name: {@code booklet}, {@code pdfa},
     * {@code referenceDocx}. A command asked for one that no chosen format honours says which
     * formats do, rather than ignoring it.
     */
    default Set<String> options() {
        return Set.of();
    }

    /** How many pages a file of this format has, where it has pages (for what a command reports). */
    default OptionalInt pages(Path file) throws IOException {
        return OptionalInt.empty();
    }

    /** Whether {@link #merge} can join files of this format into one (role sheets of a batch, to print). */
    default boolean merges() {
        return false;
    }

    /**
     * Joins files this format wrote into one, in order.
     *
     * @param title the joined file's title, as a viewer shows it
     * @throws UnsupportedOperationException if the format does not {@link #merges()}
     */
    default void merge(List<Path> files, String title, ExportOptions options, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("the " + format() + " format does not join files");
    }
}
