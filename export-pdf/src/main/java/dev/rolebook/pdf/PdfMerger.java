package dev.rolebook.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.templates.export.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Joins PDF files into one, page by page in the order given, reading one file at a time so that
 * thousands of role sheets merge in little memory.
 */
public final class PdfMerger {
    private PdfMerger() {}

    public static void merge(List<Path> files, OutputStream out) throws IOException {
        if (files.isEmpty()) {
            throw new ExportException("there are no PDF files to merge");
        }
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.setCloseStream(false);
            document.open();
            for (Path file : files) {
                PdfReader reader = new PdfReader(file.toString());
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
            document.close();
        } catch (DocumentException e) {
            throw new ExportException("the sheets cannot be merged: " + e.getMessage(), e);
        }
    }
}
