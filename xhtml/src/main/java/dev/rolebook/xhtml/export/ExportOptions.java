package dev.rolebook.xhtml.export;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Choices that belong to the output rather than to the document's content.
 *
 * @param booklet impose the pages for saddle-stitch printing (PDF only)
 * @param timestamp the creation time written into the file; fixed for reproducible output
 * @param referenceDocx a Word document whose styles, page setup, header and footer a DOCX takes;
 *     {@code null} for rolebook's own (DOCX only)
 * @param pdfa write PDF/A (2b, or 3b with an embedded record), for archiving (PDF only)
 * @param identifier written into the file's metadata, where {@link Exporter#identifier} reads it
 *     back: a batch knows a file it wrote by it; {@code null} for none
 * @param paperStated whether the document's paper was chosen (the command's {@code --paper}) rather
 *     than left at its default: a chosen paper wins over the page size of {@code referenceDocx},
 *     a default one does not (DOCX only)
 */
public record ExportOptions(boolean booklet, Instant timestamp, Path referenceDocx, boolean pdfa, String identifier,
        boolean paperStated) {

    public ExportOptions(boolean booklet, Instant timestamp, Path referenceDocx, boolean pdfa) {
        this(booklet, timestamp, referenceDocx, pdfa, null, true);
    }

    public ExportOptions(boolean booklet, Instant timestamp, Path referenceDocx, boolean pdfa, String identifier) {
        this(booklet, timestamp, referenceDocx, pdfa, identifier, true);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(false, Instant.now(), null, false, null, true);
    }

    public ExportOptions withBooklet(boolean impose) {
        return new ExportOptions(impose, timestamp, referenceDocx, pdfa, identifier, paperStated);
    }

    public ExportOptions withTimestamp(Instant time) {
        return new ExportOptions(booklet, time, referenceDocx, pdfa, identifier, paperStated);
    }

    public ExportOptions withReferenceDocx(Path reference) {
        return new ExportOptions(booklet, timestamp, reference, pdfa, identifier, paperStated);
    }

    public ExportOptions withPdfa(boolean archive) {
        return new ExportOptions(booklet, timestamp, referenceDocx, archive, identifier, paperStated);
    }

    public ExportOptions withIdentifier(String id) {
        return new ExportOptions(booklet, timestamp, referenceDocx, pdfa, id, paperStated);
    }

    public ExportOptions withPaperStated(boolean stated) {
        return new ExportOptions(booklet, timestamp, referenceDocx, pdfa, identifier, stated);
    }
}
