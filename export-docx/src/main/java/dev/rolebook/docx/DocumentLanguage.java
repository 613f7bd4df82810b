package dev.rolebook.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Tells Word the document's language (for spelling and hyphenation) and names a font in every
 * slot of every style's font setting, with the language's own font where {@code fonts.properties}
 * gives one, so Armenian text is never left to a fallback font Word picks.
 */
final class DocumentLanguage {
    private static final Map<String, String> REGIONS = Map.of("hy", "hy-AM", "en", "en-US", "ru", "ru-RU");
    private static final Properties FONTS = load();

    private DocumentLanguage() {}

    /** The tag Word uses for a language: with its region (hy-AM), as Word writes them. */
    static String wordTag(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("-")[0];
        return language.contains("-") ? language : REGIONS.getOrDefault(base, language);
    }

    static void apply(XWPFDocument document, String language) {
        String base = language.isEmpty() ? "en" : language.toLowerCase(Locale.ROOT).split("-")[0];
        XWPFStyles styles = document.getStyles();
        styles.setSpellingLanguage(wordTag(language.isEmpty() ? "en" : language));
        if (styles.getCtStyles().isSetDocDefaults() && styles.getCtStyles().getDocDefaults().isSetRPrDefault()
                && styles.getCtStyles().getDocDefaults().getRPrDefault().isSetRPr()) {
            fill(styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr(), base);
        }
        for (XWPFStyle style : styles.getStyles()) {
            if (style.getCTStyle().isSetRPr()) {
                fill(style.getCTStyle().getRPr(), base);
            }
        }
    }

    private static void fill(CTRPr properties, String language) {
        if (properties.sizeOfRFontsArray() == 0) {
            return;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        String latin = fonts.getAscii() != null ? fonts.getAscii() : fonts.getHAnsi();
        if (latin == null) {
            return;
        }
        if (fonts.getAscii() == null) {
            fonts.setAscii(latin);
        }
        fonts.setHAnsi(forLanguage(fonts.getHAnsi() != null ? fonts.getHAnsi() : latin, language));
        fonts.setCs(forLanguage(fonts.getCs() != null ? fonts.getCs() : latin, language));
        fonts.setEastAsia(forLanguage(fonts.getEastAsia() != null ? fonts.getEastAsia() : latin, language));
    }

    private static String forLanguage(String font, String language) {
        return FONTS.getProperty(language + "." + font, font);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = DocumentLanguage.class.getResourceAsStream("fonts.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
