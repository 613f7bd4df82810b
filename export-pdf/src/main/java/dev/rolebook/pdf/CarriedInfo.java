package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.List;

/**
 * What a PDF made from other PDFs (an imposed booklet, a merged bundle of sheets) takes over from
 * its source: the language, the document information with its dates (so that the same sources
 * give the same file, rather than one stamped with the clock), and a file identifier made from
 * the sources' own identifiers instead of a random one.
 */
final class CarriedInfo {
    private static final List<PdfName> KEPT = List.of(PdfName.TITLE, PdfName.AUTHOR, PdfName.SUBJECT,
            PdfName.KEYWORDS, PdfName.CREATOR, PdfName.CREATIONDATE, PdfName.MODDATE);

    private CarriedInfo() {}

    /** Copies language and document information; call after the writer's document is open. */
    static void copy(PdfReader source, PdfWriter target) {
        PdfObject language = PdfReader.getPdfObject(source.getCatalog().get(PdfName.LANG));
        if (language != null) {
            target.getExtraCatalog().put(PdfName.LANG, language);
        }
        PdfDictionary info = (PdfDictionary) PdfReader.getPdfObject(source.getTrailer().get(PdfName.INFO));
        if (info != null) {
            for (PdfName key : KEPT) {
                PdfObject value = PdfReader.getPdfObject(info.get(key));
                if (value instanceof PdfString text && (key.equals(PdfName.CREATIONDATE) || key.equals(PdfName.MODDATE))) {
                    // OpenPDF's XMP writer takes dates as dates, not as the strings a reader returns.
                    Calendar date = PdfDate.decode(text.toString());
                    target.getInfo().put(key, date != null ? new PdfDate(date) : text);
                } else if (value != null) {
                    target.getInfo().put(key, value);
                }
            }
        }
    }

    /** A digest of everything that made the file, as its identifier; OpenPDF writes it instead of a random one. */
    static final class Identifier {
        private final MessageDigest digest;

        Identifier() {
            try {
                digest = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Adds a source: its own identifier, which is already a digest of its content. */
        void add(PdfReader source) {
            PdfObject id = PdfReader.getPdfObject(source.getTrailer().get(PdfName.ID));
            digest.update(String.valueOf(id).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            digest.update((byte) 0);
        }

        void add(String text) {
            digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }

        void writeTo(PdfWriter target) {
            byte[] id = digest.digest();
            target.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }
    }
}
