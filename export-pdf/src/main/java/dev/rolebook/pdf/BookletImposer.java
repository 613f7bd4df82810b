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
            Rectangle sheet = sheetFor(page);
            float fold = sheet.getWidth() / 2;
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            Document document = new Document(sheet, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            CarriedInfo.copy(reader, writer);
            PdfContentByte canvas = writer.getDirectContent();
            for (int[] side : order(reader.getNumberOfPages())) {
                document.newPage();
                place(writer, canvas, reader, side[0], fold - page.getWidth());
                place(writer, canvas, reader, side[1], fold);
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

    /**
     * The sheet two pages go on, landscape. ISO sizes are rounded to whole millimetres, so two A5
     * pages side by side (2 × 148 mm) are a millimetre narrower than the A4 sheet in the printer
     * (297 mm), and two A4 pages than A3: a sheet made to the pages' width would be scaled or set off
     * centre when printed, and the fold would miss the middle. A page that is half an ISO sheet to
     * within a few points gets that sheet, the pages set against its middle, the spare half
     * millimetre at each outer edge.
     */
    static Rectangle sheetFor(Rectangle page) {
        float width = page.getWidth() * 2;
        float height = page.getHeight();
        for (float[] iso : ISO_LANDSCAPE) {
            if (Math.abs(iso[0] - width) < 4 && Math.abs(iso[1] - height) < 1) {
                return new Rectangle(iso[0], iso[1]);
            }
        }
        return new Rectangle(width, height);
    }

    /** A4 and A3 landscape, in points. */
    private static final float[][] ISO_LANDSCAPE = {{841.89f, 595.28f}, {1190.55f, 841.89f}};

    private static void place(PdfWriter writer, PdfContentByte canvas, PdfReader reader, int page, float x) {
        if (page == 0) {
            writer.setPageEmpty(false);
            return;
        }
        PdfImportedPage imported = writer.getImportedPage(reader, page);
        canvas.addTemplate(imported, x, 0);
    }
}
