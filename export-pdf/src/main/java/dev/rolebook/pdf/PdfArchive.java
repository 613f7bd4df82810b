package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfWriter;
import dev.rolebook.xhtml.export.ExportException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;

/**
 * What PDF/A-1b asks beyond embedded fonts, which every rolebook PDF has: an output intent with a
 * colour profile (the JDK's own sRGB), and XMP metadata agreeing with the document information,
 * made once that information is complete.
 */
final class PdfArchive {
    private PdfArchive() {}

    static void prepare(PdfWriter writer) {
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        } catch (IOException e) {
            throw new ExportException("the sRGB colour profile PDF/A needs cannot be written: " + e.getMessage(), e);
        }
    }

    static void describe(PdfWriter writer) {
        writer.createXmpMetadata();
    }
}
