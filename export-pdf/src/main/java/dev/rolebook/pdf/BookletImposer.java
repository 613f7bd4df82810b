package dev.rolebook.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import dev.rolebook.xhtml.export.ExportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Imposes a finished PDF for saddle-stitch printing: pages are padded with blanks to a multiple of
 * four, then placed two to a landscape sheet side in booklet order, so that the printed sheets,
 * folded and stapled in the middle, read in page order. An A5 document gives A4 sheets. The
 * booklet keeps the document's language, information and dates.
 */
public final class BookletImposer {
    private BookletImposer() {}

    /** The order of pages on sheet sides: left and right page (1-based; 0 for a blank) of each side. */
    static int[][] order(int pages) {
        int padded = (pages + 3) / 4 * 4;
        int[][] sides = new int[padded / 2][];
        for (int sheet = 0; sheet < padded / 4; sheet++) {
            int outerLeft = padded - 2 * sheet;
            int outerRight = 2 * sheet + 1;
            sides[2 * sheet] = new int[] {blankAbove(outerLeft, pages), blankAbove(outerRight, pages)};
            sides[2 * sheet + 1] = new int[] {blankAbove(outerRight + 1, pages), blankAbove(outerLeft - 1, pages)};
        }
        return sides;
    }

    private static int blankAbove(int page, int pages) {
        return page > pages ? 0 : page;
    }

    public static byte[] impose(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Rectangle page = reader.getPageSizeWithRotation(1);
            Rectangle sheet = new Rectangle(page.getWidth() * 2, page.getHeight());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            Document document = new Document(sheet, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            CarriedInfo.copy(reader, writer);
            PdfContentByte canvas = writer.getDirectContent();
            for (int[] side : order(reader.getNumberOfPages())) {
                document.newPage();
                place(writer, canvas, reader, side[0], 0);
                place(writer, canvas, reader, side[1], page.getWidth());
                if (side[0] == 0 && side[1] == 0) {
                    writer.setPageEmpty(false);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new ExportException("the booklet cannot be imposed: " + e.getMessage(), e);
        } finally {
            reader.close();
        }
    }

    private static void place(PdfWriter writer, PdfContentByte canvas, PdfReader reader, int page, float x) {
        if (page == 0) {
            writer.setPageEmpty(false);
            return;
        }
        PdfImportedPage imported = writer.getImportedPage(reader, page);
        canvas.addTemplate(imported, x, 0);
    }
}
