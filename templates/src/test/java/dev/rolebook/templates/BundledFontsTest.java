package dev.rolebook.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.InputStream;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What build-fonts.py promises of the merged fonts, read from the files as a PDF would use them. */
class BundledFontsTest {
    /** Direction marks and overrides, zero-width characters, word joiner, soft hyphen, BOM. */
    private static final int[] INVISIBLES = IntStream.concat(
            IntStream.of(0x00AD, 0xFEFF),
            IntStream.concat(IntStream.rangeClosed(0x200B, 0x200F),
                    IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2060, 0x2069)
                            .filter(c -> c != 0x2065)))).toArray();

    @ParameterizedTest
    @ValueSource(strings = {"RolebookSerif-Regular", "RolebookSerif-Bold", "RolebookSerif-Italic", "RolebookSans-Regular",
        "RolebookSans-Bold"})
    void invisibleFormatCharactersHaveEmptyGlyphsOfNoWidth(String name) throws Exception {
        Font font;
        try (InputStream in = getClass().getResourceAsStream("/dev/rolebook/templates/fonts/" + name + ".ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(100f);
        }
        FontRenderContext context = new FontRenderContext(null, false, false);
        for (int c : INVISIBLES) {
            String character = Character.toString(c);
            assertThat(font.canDisplay(c)).as("%s has U+%04X", name, c).isTrue();
            GlyphVector glyph = font.createGlyphVector(context, character);
            assertThat(glyph.getOutline().getBounds2D().isEmpty()).as("%s draws nothing for U+%04X", name, c).isTrue();
            assertThat(glyph.getGlyphMetrics(0).getAdvance()).as("%s: width of U+%04X", name, c).isZero();
        }
        assertThat(font.createGlyphVector(context, "Հ").getOutline().getBounds2D().isEmpty()).as("a letter is drawn").isFalse();
    }
}
