package dev.rolebook.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A reference document made ready once per document language: rolebook's styles added where it
 * lacks them, the language set on its styles, rolebook's list formats added, its body emptied. The
 * styles part is then the same for every document, so it is kept as finished XML and the document
 * is opened from a skeleton whose styles part is empty; the finished part goes back in when the
 * package is zipped. POI would otherwise parse and write the same styles for every document: a
 * fifth of a role sheet's time.
 */
final class PreparedReference {
    private final byte[] skeleton;
    private final String stylesEntry;
    private final byte[] styles;
    private final StyleMap styleMap;
    private final Numbering.Formats lists;

    private PreparedReference(byte[] skeleton, String stylesEntry, byte[] styles, StyleMap styleMap,
            Numbering.Formats lists) {
        this.skeleton = skeleton;
        this.stylesEntry = stylesEntry;
        this.styles = styles;
        this.styleMap = styleMap;
        this.lists = lists;
    }

    static PreparedReference of(ReferenceDocument reference, String language, XWPFStyles defaults) {
        try (XWPFDocument document = reference.open()) {
            for (int i = document.getBodyElements().size() - 1; i >= 0; i--) {
                document.removeBodyElement(i);
            }
            StyleMap styleMap = StyleMap.prepare(document, defaults);
            Numbering.Formats lists = Numbering.addFormats(document);
            DocumentLanguage.apply(document, language);
            XWPFStyles styles = document.getStyles();
            String stylesEntry = styles.getPackagePart().getPartName().getName().substring(1);
            byte[] finished = StableZip.entry(write(document), stylesEntry);
            styles.setStyles(CTStyles.Factory.newInstance());
            return new PreparedReference(write(document), stylesEntry, finished, styleMap, lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh document with an empty body and no styles (they are added by {@link #finishedParts()}). */
    XWPFDocument open() {
        return ReferenceDocument.openChecked("the prepared reference document", skeleton);
    }

    StyleMap styles() {
        return styleMap;
    }

    /** The ids of rolebook's list formats in the skeleton. */
    Numbering.Formats lists() {
        return lists;
    }

    /** The zip entries that replace the skeleton's when a document is written. */
    Map<String, byte[]> finishedParts() {
        return Map.of(stylesEntry, styles);
    }

    private static byte[] write(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        document.write(out);
        return out.toByteArray();
    }
}
