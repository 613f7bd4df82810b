package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A reader without rolebook's fonts sees the document in them: every face the styles name is in
 * the package, obfuscated as Word reads it, and comes back as the font with the family the styles name.
 */
class EmbeddedFontsTest {
    @Test
    void theFontsTheStylesNameAreEmbeddedAndReadBack() throws Exception {
        byte[] docx = Docx.export(Docx.xhtml(Catalogs.bundled("hy"), DocumentKind.SHEET, "sales-consultant"), Docx.OPTIONS);
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8)).contains("<w:embedTrueTypeFonts/>");
        String table = new String(parts.get("word/fontTable.xml"), StandardCharsets.UTF_8);
        String relations = new String(parts.get("word/_rels/fontTable.xml.rels"), StandardCharsets.UTF_8);
        Matcher font = Pattern.compile("<w:font w:name=\"([^\"]+)\">(.*?)</w:font>").matcher(table);
        List<String> faces = new ArrayList<>();
        while (font.find()) {
            Matcher embed = Pattern.compile("<w:embed(\\w+) r:id=\"(\\w+)\" w:fontKey=\"([^\"]+)\"/>").matcher(font.group(2));
            while (embed.find()) {
                Matcher target = Pattern.compile("Id=\"" + embed.group(2) + "\"[^>]*Target=\"([^\"]+)\"").matcher(relations);
                assertThat(target.find()).isTrue();
                byte[] obfuscated = parts.get("word/" + target.group(1));
                byte[] ttf = EmbeddedFonts.deobfuscate(obfuscated, embed.group(3));
                assertThat(ttf).startsWith(0, 1, 0, 0);
                EmbeddedFonts.TrueType read = EmbeddedFonts.TrueType.describe(ttf, target.group(1));
                faces.add(read.family() + " " + read.kind());
                assertThat(read.kind()).isEqualTo(embed.group(1));
                assertThat(java.util.Arrays.equals(obfuscated, 0, 32, ttf, 0, 32)).as("obfuscated, as Word stores it").isFalse();
            }
            assertThat(parts.get("word/styles.xml")).isNotNull();
        }
        assertThat(faces).containsExactly("Rolebook Serif Regular", "Rolebook Serif Bold", "Rolebook Serif Italic",
                "Rolebook Sans Regular", "Rolebook Sans Bold");
    }

    /** A font whose licence says "restricted licence embedding" is never carried. */
    @Test
    void aFontItsLicenceKeepsOutIsNotEmbeddable() throws Exception {
        byte[] font;
        try (var in = dev.rolebook.xhtml.TemplateResources.builtIn().getClass().getClassLoader()
                .getResourceAsStream("dev/rolebook/templates/fonts/RolebookSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        assertThat(EmbeddedFonts.TrueType.describe(font, "sans").embeddable()).isTrue();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(font);
        for (int i = 0; i < (buffer.getShort(4) & 0xffff); i++) {
            if (new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII).equals("OS/2")) {
                buffer.putShort(buffer.getInt(12 + 16 * i + 8) + 8, (short) 0x0002);
            }
        }
        assertThat(EmbeddedFonts.TrueType.describe(font, "sans").embeddable()).isFalse();
    }
}
