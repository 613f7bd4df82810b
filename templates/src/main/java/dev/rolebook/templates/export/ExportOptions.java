package dev.rolebook.templates.export;

import java.time.Instant;

/**
 * Choices that belong to the output rather than to the document's content.
 *
 * @param booklet impose the pages for saddle-stitch printing (PDF only)
 * @param timestamp the creation time written into the file; fixed for reproducible output
 */
public record ExportOptions(boolean booklet, Instant timestamp) {

    public static ExportOptions defaults() {
        return new ExportOptions(false, Instant.now());
    }

    public ExportOptions withBooklet(boolean impose) {
        return new ExportOptions(impose, timestamp);
    }
}
