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

    /**
     * The output intent of PDF/A-3b, written here rather than by OpenPDF, which names it for PDF/A
     * only in its own PDF/A-1 mode (see {@link PdfExporter}).
     */
    static void prepareLevel3(PdfWriter writer) {
        try {
            com.lowagie.text.pdf.PdfStream profile = new com.lowagie.text.pdf.PdfStream(
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            profile.put(com.lowagie.text.pdf.PdfName.N, new com.lowagie.text.pdf.PdfNumber(3));
            profile.flateCompress();
            com.lowagie.text.pdf.PdfDictionary intent = new com.lowagie.text.pdf.PdfDictionary(
                    com.lowagie.text.pdf.PdfName.OUTPUTINTENT);
            intent.put(com.lowagie.text.pdf.PdfName.S, com.lowagie.text.pdf.PdfName.GTS_PDFA1);
            intent.put(com.lowagie.text.pdf.PdfName.OUTPUTCONDITIONIDENTIFIER,
                    new com.lowagie.text.pdf.PdfString("sRGB IEC61966-2.1"));
            intent.put(com.lowagie.text.pdf.PdfName.INFO, new com.lowagie.text.pdf.PdfString("sRGB IEC61966-2.1"));
            intent.put(com.lowagie.text.pdf.PdfName.REGISTRYNAME, new com.lowagie.text.pdf.PdfString("http://www.color.org"));
            intent.put(com.lowagie.text.pdf.PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.OUTPUTINTENTS, new com.lowagie.text.pdf.PdfArray(intent));
        } catch (IOException e) {
            throw new ExportException("the sRGB colour profile PDF/A needs cannot be written: " + e.getMessage(), e);
        }
    }

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

    /**
     * The XMP metadata; with {@code carriesData}, declaring PDF/A-3b, the level that allows a file
     * embedded as the document's data (PDF/A-1 forbids embedded files). OpenPDF writes PDF/A-1
     * metadata only, so its part number is set afterwards; what the two levels ask of the rest of a
     * rolebook PDF is the same.
     */
    static void describe(PdfWriter writer, boolean carriesData) {
        if (!carriesData) {
            describe(writer);
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.lowagie.text.xml.xmp.XmpWriter xmp = new com.lowagie.text.xml.xmp.XmpWriter(bytes, writer.getInfo(),
                PdfWriter.PDFA1B)) {
            // Written when closed.
        } catch (IOException e) {
            throw new ExportException("the PDF/A metadata cannot be written: " + e.getMessage(), e);
        }
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        String part = "<pdfaid:part>1</pdfaid:part>";
        if (!text.contains(part)) {
            throw new IllegalStateException("OpenPDF's XMP metadata no longer says " + part);
        }
        writer.setXmpMetadata(text.replace(part, "<pdfaid:part>3</pdfaid:part>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
