package dev.rolebook.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The parts that embed fonts in a document made from a prepared reference: a font table naming
 * each embedded face, the obfuscated fonts, and {@code w:embedTrueTypeFonts} in the settings. Only
 * the families the reference's styles name are embedded (rolebook's own reference names the bundled
 * fonts; a user's reference in Calibri gets none), and only where the reference has no font table
 * of its own, which Word would otherwise have to merge. Planned once per reference and font set.
 */
final class FontEmbedding {
    static final String FONT_TABLE = "/word/fontTable.xml";
    static final String FONT_TABLE_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private static final String FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    private static final String SETTINGS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final List<String> KINDS = List.of("Regular", "Bold", "Italic", "BoldItalic");

    private final boolean hasFontTable;
    private final String styles;
    private final SettingsPart settings;
    private final Map<EmbeddedFonts, Plan> plans = Collections.synchronizedMap(new WeakHashMap<>());

    FontEmbedding(Map<String, String> contentTypes, Map<String, byte[]> entries) {
        this.hasFontTable = contentTypes.containsValue(FONT_TABLE_TYPE);
        String stylesName = entryOf(contentTypes, STYLES_TYPE);
        this.styles = stylesName == null || !entries.containsKey(stylesName) ? ""
                : new String(entries.get(stylesName), StandardCharsets.UTF_8);
        String settingsName = entryOf(contentTypes, SETTINGS_TYPE);
        this.settings = settingsName != null && entries.containsKey(settingsName)
                ? new SettingsPart(settingsName, entries.get(settingsName)) : null;
    }

    private static String entryOf(Map<String, String> contentTypes, String type) {
        for (Map.Entry<String, String> part : contentTypes.entrySet()) {
            if (part.getValue().equals(type)) {
                return part.getKey().substring(1);
            }
        }
        return null;
    }

    String settingsEntry() {
        return settings == null ? null : settings.entry();
    }

    /** What to embed from {@code fonts}; null when nothing is. */
    Plan plan(EmbeddedFonts fonts) {
        if (fonts == null || hasFontTable) {
            return null;
        }
        return plans.computeIfAbsent(fonts, this::make).orNull();
    }

    private Plan make(EmbeddedFonts fonts) {
        Map<String, List<EmbeddedFonts.Face>> families = new LinkedHashMap<>();
        for (EmbeddedFonts.Face face : fonts.faces()) {
            if (styles.contains("\"" + face.family() + "\"")) {
                families.computeIfAbsent(face.family(), f -> new ArrayList<>()).add(face);
            }
        }
        List<EmbeddedFonts.Face> faces = new ArrayList<>();
        StringBuilder table = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        StringBuilder relations = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        families.forEach((family, members) -> {
            table.append("<w:font w:name=\"").append(escape(family)).append("\"><w:charset w:val=\"00\"/>"
                    + "<w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/>");
            for (String kind : KINDS) {
                for (EmbeddedFonts.Face face : members) {
                    if (face.kind().equals(kind)) {
                        faces.add(face);
                        String id = "rId" + faces.size();
                        table.append("<w:embed").append(kind).append(" r:id=\"").append(id).append("\" w:fontKey=\"")
                                .append(face.key()).append("\"/>");
                        relations.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(FONT_RELATION)
                                .append("\" Target=\"fonts/font").append(faces.size()).append(".odttf\"/>");
                        break;
                    }
                }
            }
            table.append("</w:font>");
        });
        table.append("</w:fonts>");
        relations.append("</Relationships>");
        List<RawPart> parts = new ArrayList<>();
        if (!faces.isEmpty()) {
            parts.add(RawPart.of(FONT_TABLE.substring(1), table.toString().getBytes(StandardCharsets.UTF_8)));
            parts.add(RawPart.of("word/_rels/fontTable.xml.rels", relations.toString().getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < faces.size(); i++) {
                parts.add(RawPart.of("word/fonts/font" + (i + 1) + ".odttf", faces.get(i).obfuscated()));
            }
        }
        return new Plan(List.copyOf(faces), List.copyOf(parts));
    }

    /** The settings part for a document, or null to keep the reference's as it is. */
    byte[] settings(boolean embed, boolean updateFields) {
        return settings == null ? null : settings.with(embed, updateFields);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The font table, its relationships and the faces, each part compressed once. */
    record Plan(List<EmbeddedFonts.Face> faces, List<RawPart> parts) {
        Plan orNull() {
            return faces.isEmpty() ? null : this;
        }

        Map<String, String> contentTypes() {
            Map<String, String> types = new LinkedHashMap<>();
            types.put(FONT_TABLE, FONT_TABLE_TYPE);
            for (int i = 1; i <= faces.size(); i++) {
                types.put("/word/fonts/font" + i + ".odttf", FONT_TYPE);
            }
            return types;
        }
    }
}
