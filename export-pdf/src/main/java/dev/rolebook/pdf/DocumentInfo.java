package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
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
    private final boolean archive;

    DocumentInfo(Document document, Instant created, boolean archive) {
        Element html = document.getDocumentElement();
        this.language = html.getAttribute("lang");
        this.created = created;
        this.archive = archive;
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
        super.preOpen(renderer);
    }

    /** After the document is open (an output intent needs its body), before the pages are written. */
    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        if (archive) {
            PdfArchive.prepare(renderer.getWriter());
        }
        super.preWrite(renderer, pageCount);
    }

    /** Last, when Flying Saucer has put the head's title, author and so on into the document information. */
    @Override
    public void onClose(ITextRenderer renderer) {
        if (archive) {
            PdfArchive.describe(renderer.getWriter());
        }
        super.onClose(renderer);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
