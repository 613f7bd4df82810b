package dev.rolebook.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SimpleBookmark;
import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins PDF files into one, page by page in the order given, reading one file at a time so that
 * thousands of role sheets merge in little memory. Printed double-sided, each file starts on the
 * front of a sheet of paper: a file with an odd number of pages is followed by a blank page, so no
 * employee's first page is printed on the back of another's last. Each file gets a bookmark with its
 * title (a role sheet's names its employee), its own bookmarks beneath it. The bundle is a document
 * of its own: it takes the first file's language, author, subject and dates (not its keywords or
 * role version, which are the first sheet's), gets the given title, is the same file for the same
 * sheets, and is PDF/A at the level of its sheets. It is a print job: the sheets' structure trees
 * are not joined, and it does not claim PDF/UA (each sheet on its own does).
 */
public final class PdfMerger {
    private PdfMerger() {}

    /**
     * @param title the bundle's title, as a viewer shows it
     * @param pdfa whether the files are PDF/A, and the bundle is to be so too
     */
    public static void merge(List<Path> files, String title, boolean pdfa, OutputStream out) throws IOException {
        if (files.isEmpty()) {
            throw new ExportException("there are no PDF files to merge");
        }
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            copy.setCloseStream(false);
            copy.setPdfVersion(PdfWriter.VERSION_1_7);
            document.open();
            if (pdfa) {
                PdfArchive.prepare(copy);
            }
            CarriedInfo.Identifier identifier = new CarriedInfo.Identifier();
            identifier.add(title);
            boolean first = true;
            // The level of the files joined: sheets carrying their record are PDF/A-3b, other
            // documents PDF/A-2b; the bundle declares theirs.
            boolean level3 = false;
            List<Map<String, Object>> outline = new ArrayList<>();
            for (Path file : files) {
                PdfReader reader = new PdfReader(file.toString());
                checkPageSizes(reader, file);
                if (first) {
                    CarriedInfo.copy(reader, copy);
                    copy.getInfo().put(PdfName.TITLE, new PdfString(title, PdfString.TEXT_UNICODE));
                    copy.getInfo().remove(PdfName.KEYWORDS);
                    // The bundle holds many roles; each sheet keeps its own version.
                    copy.getInfo().remove(DocumentInfo.ROLE_VERSION);
                    copy.getInfo().remove(DocumentInfo.CATALOG_VERSION);
                    level3 = reader.getCatalog().contains(new PdfName("AF"));
                    first = false;
                }
                identifier.add(reader);
                int start = copy.getCurrentPageNumber();
                outline.add(bookmark(reader, start, file));
                int pages = reader.getNumberOfPages();
                for (int page = 1; page <= pages; page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                if (pages % 2 == 1 && file != files.get(files.size() - 1)) {
                    copy.addPage(reader.getPageSizeWithRotation(pages), 0);
                }
                copy.freeReader(reader);
                reader.close();
            }
            copy.setOutlines(outline);
            identifier.writeTo(copy);
            if (pdfa) {
                // (The sheets' records stay with each sheet; the bundle is for printing.)
                PdfArchive.describe(copy, level3 ? 3 : 2, false);
            }
            document.close();
        } catch (DocumentException e) {
            throw new ExportException("the sheets cannot be merged: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file whose page has no size a PDF can have (ISO 32000-1, annex C: 3 to 14,400 units
     * a side), before OpenPDF copies it: it would fail with a Java message, or write a bundle no
     * printer can print.
     */
    private static void checkPageSizes(PdfReader reader, Path file) throws ExportException {
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfArray box = reader.getPageN(page).getAsArray(PdfName.MEDIABOX);
            if (box == null || box.size() != 4 || !side(box, 0, 2) || !side(box, 1, 3)) {
                throw new ExportException(file.getFileName() + ": page " + page + " has no size a PDF can have (its"
                        + " MediaBox is " + (box == null ? "missing" : box.toString()) + "); make that sheet again");
            }
        }
    }

    private static boolean side(PdfArray box, int from, int to) {
        if (!(PdfReader.getPdfObject(box.getPdfObject(from)) instanceof PdfNumber start)
                || !(PdfReader.getPdfObject(box.getPdfObject(to)) instanceof PdfNumber end)) {
            return false;
        }
        double length = Math.abs(end.doubleValue() - start.doubleValue());
        return Double.isFinite(length) && length >= 3 && length <= 14_400;
    }

    /** A bookmark to the file's first page, at the given page of the bundle, with the file's own below it. */
    private static Map<String, Object> bookmark(PdfReader reader, int start, Path file) {
        String title = reader.getInfo().get("Title");
        Map<String, Object> bookmark = new HashMap<>();
        bookmark.put("Title", title == null || title.isBlank() ? file.getFileName().toString() : title);
        bookmark.put("Action", "GoTo");
        bookmark.put("Page", start + " Fit");
        // Closed: a bundle of a thousand sheets lists its employees, not every heading of every sheet.
        bookmark.put("Open", "false");
        List<Map<String, Object>> own = SimpleBookmark.getBookmarkList(reader);
        if (own != null && !own.isEmpty()) {
            SimpleBookmark.shiftPageNumbersInRange(own, start - 1, null);
            bookmark.put("Kids", own);
        }
        return bookmark;
    }
}
