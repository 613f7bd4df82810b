package dev.rolebook.docx;

import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;

/**
 * The template folder's fonts (the primary fonts of {@code fonts/fonts.properties}, the ones the PDF
 * is set in) as Word embeds them in a document, so that a reader without them sees the document as
 * it was made rather than in a substitute face. Word stores an embedded font obfuscated: the first
 * 32 bytes XORed with a key that the font table gives as a GUID (ECMA-376 Part 1, 17.8.1). The key
 * here is taken from the font's digest, so the same fonts make the same file. Read once per template
 * folder.
 */
final class EmbeddedFonts {
    private static final System.Logger LOG = System.getLogger("dev.rolebook.docx");
    private static final Map<TemplateResources, EmbeddedFonts> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    static final String INDEX = "fonts/fonts.properties";

    /** One face of a family and the bytes Word reads back. */
    record Face(String family, String kind, String key, byte[] obfuscated) {}

    private final List<Face> faces;

    private EmbeddedFonts(List<Face> faces) {
        this.faces = faces;
    }

    List<Face> faces() {
        return faces;
    }

    static EmbeddedFonts of(TemplateResources resources) {
        return CACHE.computeIfAbsent(resources, EmbeddedFonts::load);
    }

    private static EmbeddedFonts load(TemplateResources resources) {
        if (!resources.exists(INDEX)) {
            return new EmbeddedFonts(List.of());
        }
        Properties index = new Properties();
        try {
            index.load(new StringReader(new String(resources.read(INDEX), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ExportException(INDEX + " cannot be read: " + e.getMessage(), e);
        }
        List<Face> faces = new ArrayList<>();
        for (String file : index.getProperty("primary", "").split(",")) {
            if (file.isBlank()) {
                continue;
            }
            String name = "fonts/" + file.strip();
            byte[] font = resources.read(name);
            if (TrueType.describe(font, name).embeddable()) {
                faces.add(face(font, name));
            } else {
                LOG.log(System.Logger.Level.WARNING, "{0}: its licence does not allow embedding it (OS/2 fsType);"
                        + " DOCX files name it without carrying it", name);
            }
        }
        return new EmbeddedFonts(List.copyOf(faces));
    }

    private static Face face(byte[] font, String name) {
        TrueType description = TrueType.describe(font, name);
        byte[] guid = digest(font);
        String key = guid(guid);
        byte[] obfuscated = font.clone();
        // The key is the GUID's bytes in reverse order of their writing; both halves of the first
        // 32 bytes take it.
        for (int i = 0; i < 32 && i < obfuscated.length; i++) {
            obfuscated[i] ^= guid[15 - i % 16];
        }
        return new Face(description.family(), description.kind(), key, obfuscated);
    }

    /** The fonts' bytes back from Word's obfuscated form (for tests, as a reader would). */
    static byte[] deobfuscate(byte[] obfuscated, String key) {
        byte[] guid = HexFormat.of().parseHex(key.replaceAll("[{}-]", ""));
        byte[] font = obfuscated.clone();
        for (int i = 0; i < 32 && i < font.length; i++) {
            font[i] ^= guid[15 - i % 16];
        }
        return font;
    }

    private static byte[] digest(byte[] font) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(font);
            byte[] guid = new byte[16];
            System.arraycopy(sha, 0, guid, 0, 16);
            return guid;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String guid(byte[] bytes) {
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
    }

    /**
     * A TrueType font's family name and face, from its name and head tables, and whether its
     * licence lets a document carry it: the OS/2 table's fsType, where "restricted licence
     * embedding" (only bit 1 of the usage bits) forbids it.
     */
    record TrueType(String family, String kind, boolean embeddable) {
        static TrueType describe(byte[] font, String name) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(font);
                int tables = buffer.getShort(4) & 0xffff;
                int head = -1;
                int names = -1;
                int os2 = -1;
                for (int i = 0; i < tables; i++) {
                    int record = 12 + 16 * i;
                    String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
                    int offset = buffer.getInt(record + 8);
                    if (tag.equals("head")) {
                        head = offset;
                    } else if (tag.equals("name")) {
                        names = offset;
                    } else if (tag.equals("OS/2")) {
                        os2 = offset;
                    }
                }
                if (head < 0 || names < 0) {
                    throw new ExportException(name + " is not a TrueType font Word can embed (no head or name table)");
                }
                int style = buffer.getShort(head + 44) & 0xffff;
                boolean bold = (style & 1) != 0;
                boolean italic = (style & 2) != 0;
                String kind = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
                boolean embeddable = os2 < 0 || (buffer.getShort(os2 + 8) & 0x000F) != 0x0002;
                return new TrueType(family(buffer, names, name), kind, embeddable);
            } catch (IndexOutOfBoundsException e) {
                throw new ExportException(name + " is not a whole TrueType font", e);
            }
        }

        /** The family name Word matches (name ID 1, Windows Unicode), as the styles name the font. */
        private static String family(ByteBuffer buffer, int table, String name) {
            int count = buffer.getShort(table + 2) & 0xffff;
            int strings = table + (buffer.getShort(table + 4) & 0xffff);
            for (int i = 0; i < count; i++) {
                int record = table + 6 + 12 * i;
                int platform = buffer.getShort(record) & 0xffff;
                int id = buffer.getShort(record + 6) & 0xffff;
                if (platform == 3 && id == 1) {
                    int length = buffer.getShort(record + 8) & 0xffff;
                    int offset = buffer.getShort(record + 10) & 0xffff;
                    return new String(buffer.array(), strings + offset, length, StandardCharsets.UTF_16BE);
                }
            }
            throw new ExportException(name + " has no family name for Windows (name ID 1)");
        }
    }
}
