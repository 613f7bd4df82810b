package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import dev.rolebook.xhtml.export.ExportException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What PDF/A asks beyond embedded fonts, which every rolebook PDF has: an output intent with a
 * colour profile (the JDK's own sRGB), and XMP metadata agreeing with the document information,
 * made once that information is complete. The XMP also says when a file is PDF/UA-1.
 *
 * <p>rolebook writes PDF/A-2b, or PDF/A-3b for a file carrying its role's record (PDF/A-2 allows
 * no embedded file but another PDF/A). Not PDF/A-1b: OpenPDF's PDF/A-1 mode writes each font's
 * CIDSet, the list of its subset's glyphs, which veraPDF's PDF/UA checks find incomplete; PDF/A-2
 * and 3 let a font go without one ({@link FontSet}), and a tagged file can be both PDF/A and PDF/UA.
 */
final class PdfArchive {
    private static final String UA_NAMESPACE = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";

    private static final String EXTENSION_NAMESPACES = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
    /**
     * PDF/A allows in XMP only the schemas it names and those a file describes itself; the PDF/UA
     * identification schema is not among the named, so a file that is both describes it.
     */
    private static final String UA_SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property>"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

    private PdfArchive() {}

    /** The output intent PDF/A asks for, written here: OpenPDF names one for PDF/A only in its PDF/A-1 mode. */
    static void prepare(PdfWriter writer) {
        try {
            PdfStream profile = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            profile.put(PdfName.N, new PdfNumber(3));
            profile.flateCompress();
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        } catch (IOException e) {
            throw new ExportException("the sRGB colour profile PDF/A needs cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * The XMP metadata, from the document information.
     *
     * @param part the PDF/A part the file declares (2 or 3), or 0 for none
     * @param accessible whether the file declares PDF/UA-1
     */
    static void describe(PdfWriter writer, int part, boolean accessible) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), part == 0 ? PdfWriter.PDFXNONE : PdfWriter.PDFA1B)) {
            if (accessible) {
                xmp.addRdfDescription(UA_NAMESPACE, "<pdfuaid:part>1</pdfuaid:part>");
                if (part != 0) {
                    xmp.addRdfDescription(EXTENSION_NAMESPACES, UA_SCHEMA);
                }
            }
        } catch (IOException e) {
            throw new ExportException("the PDF's metadata cannot be written: " + e.getMessage(), e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (part != 0) {
            // OpenPDF writes PDF/A-1 identification only; what parts 2 and 3 ask of the rest of a
            // rolebook PDF it has.
            String first = "<pdfaid:part>1</pdfaid:part>";
            if (!text.contains(first)) {
                throw new IllegalStateException("OpenPDF's XMP metadata no longer says " + first);
            }
            text = text.replace(first, "<pdfaid:part>" + part + "</pdfaid:part>");
        }
        writer.setXmpMetadata(text.getBytes(StandardCharsets.UTF_8));
    }
}
