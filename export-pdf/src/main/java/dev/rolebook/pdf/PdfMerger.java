package dev.rolebook.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Joins PDF files into one, page by page in the order given, reading one file at a time so that
 * thousands of role sheets merge in little memory. The bundle is a document of its own: it takes
 * the first file's language, author, subject and dates (not its keywords, which name the first
 * sheet's role), gets the given title, is the same file for the
 * same sheets, and is PDF/A-1b when its sheets are.
 */
public final class PdfMerger {
    private PdfMerger() {}

    /**
     * @param title the bundle's title, as a viewer shows it
     * @param pdfa whether the files are PDF/A-1b, and the bundle is to be so too
     */
    public static void merge(List<Path> files, String title, boolean pdfa, OutputStream out) throws IOException {
        if (files.isEmpty()) {
            throw new ExportException("there are no PDF files to merge");
        }
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.setCloseStream(false);
            if (pdfa) {
                copy.setPDFXConformance(PdfWriter.PDFA1B);
                copy.setPdfVersion(PdfWriter.VERSION_1_4);
            }
            document.open();
            if (pdfa) {
                PdfArchive.prepare(copy);
            }
            CarriedInfo.Identifier identifier = new CarriedInfo.Identifier();
            identifier.add(title);
            boolean first = true;
            for (Path file : files) {
                PdfReader reader = new PdfReader(file.toString());
                if (first) {
                    CarriedInfo.copy(reader, copy);
                    copy.getInfo().put(PdfName.TITLE, new PdfString(title, PdfString.TEXT_UNICODE));
                    copy.getInfo().remove(PdfName.KEYWORDS);
                    first = false;
                }
                identifier.add(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
            identifier.writeTo(copy);
            if (pdfa) {
                PdfArchive.describe(copy);
            }
            document.close();
        } catch (DocumentException e) {
            throw new ExportException("the sheets cannot be merged: " + e.getMessage(), e);
        }
    }
}
