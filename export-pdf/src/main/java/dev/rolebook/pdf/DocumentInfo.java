package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Copies what the XHTML says about itself into the PDF: the language (for screen readers and
 * hyphenation in viewers), the creator, and the creation date the exporter was given. Title,
 * author, subject and keywords Flying Saucer takes from the head itself.
 */
final class DocumentInfo extends DefaultPDFCreationListener {
    private final String language;
    private final Instant created;
    private static final PdfName IDENTIFIER = new PdfName("RolebookIdentifier");
    private final boolean archive;
    private final String identifier;
    /** The role's version and the catalog's (head metas role-version, catalog-version), as Info entries. */
    private final java.util.Map<PdfName, String> versions = new java.util.LinkedHashMap<>();
    static final PdfName ROLE_VERSION = new PdfName("RoleVersion");
    static final PdfName CATALOG_VERSION = new PdfName("CatalogVersion");

    /** The role's record a sheet carries as data, or null. */
    private final String record;

    DocumentInfo(Document document, Instant created, boolean archive, String identifier, String record) {
        this.record = record;
        Element html = document.getDocumentElement();
        this.language = html.getAttribute("lang");
        this.created = created;
        this.archive = archive;
        this.identifier = identifier;
        org.w3c.dom.NodeList metas = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals("role-version")) {
                versions.put(ROLE_VERSION, meta.getAttribute("content"));
            } else if (meta.getAttribute("name").equals("catalog-version")) {
                versions.put(CATALOG_VERSION, meta.getAttribute("content"));
            }
        }
    }

    /**
     * The identifier a PDF of rolebook's carries in its document information, if the file is whole:
     * it ends with the end-of-file marker (a cut-short file does not; a reader would rebuild it) and
     * a PDF reader can open it.
     */
    static Optional<String> identifier(Path file) throws IOException {
        long size = Files.size(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 1024));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // reads the last kilobyte
            }
            if (!new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                return Optional.empty();
            }
        }
        try (PdfReader reader = new PdfReader(file.toString())) {
            if (reader.isRebuilt()) {
                return Optional.empty();
            }
            return Optional.ofNullable(reader.getInfo().get(IDENTIFIER.toString().substring(1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (StackOverflowError e) {
            // A page tree that nests without end (or reaches itself), which OpenPDF follows down: no
            // sheet of rolebook's, and the caller is told so about this file, not about its own work.
            return Optional.empty();
        }
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        if (!language.isEmpty()) {
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        }
        writer.getInfo().put(PdfName.CREATOR, new PdfString("rolebook"));
        PdfDate date = new PdfDate(calendar(created));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        if (identifier != null) {
            writer.getInfo().put(IDENTIFIER, new PdfString(identifier));
        }
        versions.forEach((key, value) -> writer.getInfo().put(key, new PdfString(value, PdfString.TEXT_UNICODE)));
        // Tagged (PDF/UA-1): the structure TaggedOutputDevice builds, tab order by structure, and
        // the title rather than the file name in the viewer's title bar.
        writer.setTagged();
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        super.preOpen(renderer);
    }

    /** After the document is open (an output intent needs its body), before the pages are written. */
    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        if (archive) {
            PdfArchive.prepare(renderer.getWriter());
        }
        if (record != null) {
            RecordAttachment.attach(renderer.getWriter(), record, calendar(created));
        }
        super.preWrite(renderer, pageCount);
    }

    /** Last, when Flying Saucer has put the head's title, author and so on into the document information. */
    @Override
    public void onClose(ITextRenderer renderer) {
        PdfArchive.describe(renderer.getWriter(), !archive ? 0 : record != null ? 3 : 2, true);
        super.onClose(renderer);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
