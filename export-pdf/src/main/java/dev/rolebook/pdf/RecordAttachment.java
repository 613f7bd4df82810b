package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import dev.rolebook.xhtml.Vocabulary;
import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Optional;

/**
 * A role sheet's record of its role, carried in the PDF as an embedded file ({@code role.json}),
 * the way PDF/A-3 asks for data a document is made from: a file specification with its media type,
 * its date and size, related to the document as its data ({@code AFRelationship Data}) and listed
 * in the catalog's associated files ({@code AF}) as well as among its attachments, where any PDF
 * reader shows it.
 */
final class RecordAttachment {
    static final String FILE_NAME = "role.json";
    private static final PdfName AF = new PdfName("AF");
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    private static final PdfName DATA = new PdfName("Data");

    private RecordAttachment() {}

    static void attach(PdfWriter writer, String json, Calendar created) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            PdfDictionary params = new PdfDictionary();
            params.put(PdfName.MODDATE, new PdfDate(created));
            params.put(PdfName.SIZE, new PdfNumber(bytes.length));
            PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, FILE_NAME, bytes, true,
                    Vocabulary.ROLE_RECORD, params);
            file.setUnicodeFileName(FILE_NAME, true);
            file.addDescription("What this role sheet says of the role, as data (rolebook verify reads it)", true);
            file.put(AF_RELATIONSHIP, DATA);
            writer.addFileAttachment(FILE_NAME, file);
            PdfArray associated = new PdfArray();
            associated.add(file.getReference());
            writer.getExtraCatalog().put(AF, associated);
        } catch (IOException e) {
            throw new ExportException("the role's record cannot be attached to the PDF: " + e.getMessage(), e);
        }
    }

    /** Far beyond any role's record: a file that inflates to more is not one, and is not inflated whole. */
    private static final int MAX_RECORD = 16 * 1024 * 1024;

    /** The attachment's text, inflated no further than a record can be (the file may be anyone's). */
    private static Optional<String> bounded(com.lowagie.text.pdf.PRStream file) throws IOException {
        byte[] raw = PdfReader.getStreamBytesRaw(file);
        com.lowagie.text.pdf.PdfObject filter = PdfReader.getPdfObject(file.get(PdfName.FILTER));
        byte[] bytes;
        if (filter == null) {
            bytes = raw;
        } else if (PdfName.FLATEDECODE.equals(filter)) {
            try (java.util.zip.InflaterInputStream in = new java.util.zip.InflaterInputStream(
                    new java.io.ByteArrayInputStream(raw))) {
                bytes = in.readNBytes(MAX_RECORD + 1);
            }
        } else {
            return Optional.empty();
        }
        return bytes.length > MAX_RECORD ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static boolean isRecord(String name, PdfDictionary spec) {
        com.lowagie.text.pdf.PdfString file = spec.getAsString(PdfName.UF);
        return FILE_NAME.equals(name) || file != null && FILE_NAME.equals(file.toUnicodeString());
    }

    /** The record a PDF carries, or empty when it has none. */
    static Optional<String> read(Path pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            PdfDictionary names = reader.getCatalog().getAsDict(PdfName.NAMES);
            PdfDictionary embedded = names == null ? null : names.getAsDict(PdfName.EMBEDDEDFILES);
            if (embedded == null) {
                return Optional.empty();
            }
            for (java.util.Map.Entry<String, com.lowagie.text.pdf.PdfObject> entry
                    : com.lowagie.text.pdf.PdfNameTree.readTree(embedded).entrySet()) {
                PdfDictionary spec = (PdfDictionary) PdfReader.getPdfObject(entry.getValue());
                PdfDictionary streams = spec == null ? null : spec.getAsDict(PdfName.EF);
                Object stream = streams == null ? null : PdfReader.getPdfObject(streams.get(PdfName.F));
                if (stream instanceof com.lowagie.text.pdf.PRStream file && isRecord(entry.getKey(), spec)) {
                    return bounded(file);
                }
            }
            return Optional.empty();
        }
    }
}
