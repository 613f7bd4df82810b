package dev.rolebook.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A reference document made ready once per document language: rolebook's styles added where it
 * lacks them, the language set on its styles, rolebook's list formats added, its body emptied.
 * Its parts are then the same for every document and are kept as finished XML. A document starts
 * blank and the reference's parts are zipped in beside it ({@link ReferenceParts}). A reference
 * whose main part is not {@code word/document.xml}, where POI puts a new document's, is opened by
 * POI for each document from a skeleton whose styles and numbering parts are empty, and the
 * finished parts replace those when the package is zipped. Either way POI does not parse and
 * write the same styles for every document.
 */
final class PreparedReference {
    private static final System.Logger LOG = System.getLogger("dev.rolebook.docx");
    private final StyleMap styleMap;
    private final Numbering.Part lists;
    private final ReferenceParts parts;
    private final byte[] skeleton;
    private final String stylesEntry;
    private final byte[] styles;
    private final SettingsPart settings;

    private PreparedReference(StyleMap styleMap, Numbering.Part lists, ReferenceParts parts, byte[] skeleton,
            String stylesEntry, byte[] styles, SettingsPart settings) {
        this.styleMap = styleMap;
        this.lists = lists;
        this.parts = parts;
        this.skeleton = skeleton;
        this.stylesEntry = stylesEntry;
        this.styles = styles;
        this.settings = settings;
    }

    static PreparedReference of(ReferenceDocument reference, String language, XWPFStyles defaults) {
        return of(reference, language, defaults, true);
    }

    /** With {@code blank} false, documents are opened from the skeleton whatever the reference (for tests). */
    static PreparedReference of(ReferenceDocument reference, String language, XWPFStyles defaults, boolean blank) {
        try (XWPFDocument document = reference.open()) {
            for (int i = document.getBodyElements().size() - 1; i >= 0; i--) {
                document.removeBodyElement(i);
            }
            StyleMap styleMap = StyleMap.prepare(document, defaults);
            Numbering.Formats formats = Numbering.addFormats(document);
            int firstList = Numbering.readyForLists(document);
            DocumentLanguage.apply(document, language);
            ReferenceSettings.apply(document);
            List<String> removed = ActiveContent.strip(document);
            if (!removed.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "reference document {0}: left out {1}; outputs are plain .docx files",
                        reference.name(), String.join(" and ", removed));
            }
            List<String> unused = UnusedParts.remove(document.getPackage());
            if (!unused.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "reference document {0}: left out {1} part{2} that nothing in it"
                        + " uses ({3}); outputs carry only what the document needs", reference.name(), unused.size(),
                        unused.size() == 1 ? "" : "s", String.join(", ", unused.subList(0, Math.min(3, unused.size())))
                        + (unused.size() > 3 ? ", …" : ""));
            }
            document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("rolebook");
            byte[] finished = write(document);
            String numberingEntry = entry(document.getNumbering());
            Numbering.Part lists = Numbering.Part.of(numberingEntry, StableZip.entry(finished, numberingEntry), firstList, formats);
            if (blank && ReferenceParts.suits(document)) {
                return new PreparedReference(styleMap, lists, ReferenceParts.of(document, finished, numberingEntry), null, null, null,
                        null);
            }
            String stylesEntry = entry(document.getStyles());
            byte[] styles = StableZip.entry(finished, stylesEntry);
            SettingsPart settings = null;
            if (document.getSettings() != null) {
                String settingsEntry = entry(document.getSettings());
                settings = new SettingsPart(settingsEntry, StableZip.entry(finished, settingsEntry));
            }
            document.getStyles().setStyles(CTStyles.Factory.newInstance());
            document.getNumbering().setNumbering(CTNumbering.Factory.newInstance());
            return new PreparedReference(styleMap, lists, null, write(document), stylesEntry, styles, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh document with the reference's page setup and an empty body. */
    XWPFDocument open() {
        return parts != null ? parts.open() : ReferenceDocument.openChecked("the prepared reference document", skeleton);
    }

    /**
     * Writes a document from {@link #open()}, every zip entry stamped {@code time}, with the fonts of
     * {@code fonts} its styles name embedded (from a blank reference), and asking Word to update
     * fields on opening where {@code updateFields}.
     */
    void write(XWPFDocument document, Numbering numbering, EmbeddedFonts fonts, boolean updateFields, Instant time,
            OutputStream out) throws IOException {
        if (parts != null) {
            parts.write((BlankDocument) document, numbering, fonts, updateFields, time, out);
            return;
        }
        Map<String, byte[]> finished = new HashMap<>(Map.of(stylesEntry, styles, numbering.entry(), numbering.part()));
        byte[] settingsPart = settings == null ? null : settings.with(false, updateFields);
        if (settingsPart != null) {
            finished.put(settings.entry(), settingsPart);
        }
        StableZip.copy(write(document), time, finished, out);
    }

    StyleMap styles() {
        return styleMap;
    }

    /** The reference's numbering part, ready to take a document's lists. */
    Numbering.Part lists() {
        return lists;
    }

    private static String entry(POIXMLDocumentPart part) {
        return part.getPackagePart().getPartName().getName().substring(1);
    }

    private static byte[] write(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        document.write(out);
        return out.toByteArray();
    }
}
