package dev.rolebook.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts a template folder declares in {@code fonts/fonts.properties}, parsed once and shared by
 * every document: the primary fonts the stylesheets name, and a fallback for characters they lack.
 */
final class FontSet {
    static final String INDEX = "fonts/fonts.properties";

    /** A parsed font and where it was read from, which Flying Saucer reads again for its style. */
    record Font(BaseFont font, String location) {}

    private final List<Font> primary;
    private final Font fallback;
    /**
     * Registering a font makes Flying Saucer read the whole file again for its style (about 30 ms
     * for these fonts), so each thread keeps one registered resolver. A resolver is not
     * thread-safe; one thread renders one document at a time.
     */
    private final ThreadLocal<ITextFontResolver> resolvers = ThreadLocal.withInitial(this::newResolver);

    private static final SecureRandom SUBSET_TAGS = new SecureRandom();
    private static final int BMP = 0x10000;
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;
    /**
     * Whether every primary font has a character of the BMP, looked up once: each document asks
     * for every character it has, and a font answers from a map of boxed integers. Threads may
     * fill an entry at the same time; they write the same answer.
     */
    private final byte[] primaryHas = new byte[BMP];

    private FontSet(List<Font> primary, Font fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    ITextFontResolver resolverForThisThread() {
        return resolvers.get();
    }

    private ITextFontResolver newResolver() {
        ITextFontResolver resolver = new CachingFontResolver();
        for (Font font : all()) {
            resolver.addFont(font.font(), font.location(), null);
        }
        return resolver;
    }

    static FontSet load(TemplateResources resources) {
        Properties index = new Properties();
        try {
            index.load(new StringReader(new String(resources.read(INDEX), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Font> primary = new ArrayList<>();
        for (String file : index.getProperty("primary", "").split(",")) {
            if (!file.isBlank()) {
                primary.add(font(resources, file.strip()));
            }
        }
        if (primary.isEmpty()) {
            throw new ExportException(INDEX + " names no primary font");
        }
        String fallback = index.getProperty("fallback", "").strip();
        return new FontSet(List.copyOf(primary), fallback.isEmpty() ? null : font(resources, fallback));
    }

    private static Font font(TemplateResources resources, String file) {
        String name = "fonts/" + file;
        try {
            TemplateResources.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new ExportException(INDEX + " names '" + file + "', which is not a font file of the fonts folder:"
                    + " name a file next to it, such as MyFont-Regular.ttf");
        }
        try {
            String location = resources.location(name);
            BaseFont font = BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    resources.read(name), null);
            // Without one of its own, a font seeds a new SecureRandom for its subset tag in every
            // document; the tags are replaced by stable ones afterwards (StableBytes) anyway.
            font.setSecureRandom(SUBSET_TAGS);
            // The list of a subset's glyphs, which PDF/A-1 requires (OpenPDF writes it in its PDF/A-1
            // mode whatever this says) and PDF/A-3 wants complete or absent: absent elsewhere.
            font.setIncludeCidSet(false);
            return new Font(font, location);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExportException || e instanceof dev.rolebook.xhtml.ResourceNotFoundException) {
                throw new ExportException("font " + name + " cannot be used: " + e.getMessage(), e);
            }
            // A font reader that meets an empty or cut-short file often fails without a message of its own.
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? "it is empty, cut short or not a TrueType or OpenType font"
                    : e.getMessage();
            throw new ExportException("font " + name + " cannot be used: " + reason, e);
        }
    }

    /** Every font, primary ones first. */
    List<Font> all() {
        List<Font> all = new ArrayList<>(primary);
        if (fallback != null) {
            all.add(fallback);
        }
        return all;
    }

    /** The CSS family name of the fallback font. */
    String fallbackFamily() {
        return familyName(fallback.font());
    }

    boolean primaryHas(int codePoint) {
        if (codePoint >= BMP) {
            return allPrimaryHave(codePoint);
        }
        byte known = primaryHas[codePoint];
        if (known == UNKNOWN) {
            known = allPrimaryHave(codePoint) ? YES : NO;
            primaryHas[codePoint] = known;
        }
        return known == YES;
    }

    private boolean allPrimaryHave(int codePoint) {
        for (Font font : primary) {
            if (!font.font().charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    boolean fallbackHas(int codePoint) {
        return fallback != null && fallback.font().charExists(codePoint);
    }

    static String familyName(BaseFont font) {
        String[][] names = font.getFamilyFontName();
        for (String[] name : names) {
            if ("1033".equals(name[2]) || "0".equals(name[2])) {
                return name[3];
            }
        }
        return names[0][3];
    }
}
