package dev.rolebook.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

/**
 * A prepared reference's settings part and the variants a document may need: with embedded fonts
 * ({@code w:embedTrueTypeFonts}) and asking Word to update fields on opening ({@code w:updateFields},
 * for a table of contents). Each variant is made once; both ways of making a document use them, so
 * they write the same settings.
 */
final class SettingsPart {
    private final String entry;
    private final byte[] part;
    /** Indexed 2 * embed + update. */
    private final byte[][] variants = new byte[4][];

    SettingsPart(String entry, byte[] part) {
        this.entry = entry;
        this.part = part;
    }

    String entry() {
        return entry;
    }

    /** The part for a document, or null to keep the reference's as it is. */
    byte[] with(boolean embedFonts, boolean updateFields) {
        if (!embedFonts && !updateFields) {
            return null;
        }
        int index = (embedFonts ? 2 : 0) + (updateFields ? 1 : 0);
        synchronized (variants) {
            if (variants[index] == null) {
                variants[index] = make(embedFonts, updateFields);
            }
            return variants[index];
        }
    }

    private byte[] make(boolean embedFonts, boolean updateFields) {
        try {
            SettingsDocument document = SettingsDocument.Factory.parse(new ByteArrayInputStream(part),
                    POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            CTSettings settings = document.getSettings();
            // XMLBeans puts each element where the schema's sequence wants it.
            if (embedFonts && !settings.isSetEmbedTrueTypeFonts()) {
                settings.addNewEmbedTrueTypeFonts();
            }
            if (updateFields && !settings.isSetUpdateFields()) {
                settings.addNewUpdateFields();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(part.length + 64);
            document.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("the prepared settings part cannot be read back: " + e.getMessage(), e);
        }
    }
}
