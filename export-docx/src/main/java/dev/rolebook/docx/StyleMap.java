package dev.rolebook.docx;

import dev.rolebook.xhtml.export.ExportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;

/**
 * Word styles for XHTML elements, looked up by style name (as pandoc does), so a reference
 * document may give its styles any ids. Names match without regard to case, as Word matches
 * built-in style names: LibreOffice writes "Header" and pandoc "Heading 1" where Word writes
 * "header" and "heading 1". Styles the document lacks are copied in from rolebook's reference
 * document, so every element always has its style.
 */
final class StyleMap {
    private static final Map<String, String> NAMES = load();

    private final Map<String, String> idsByName = new HashMap<>();
    /** Each mapped paragraph style's space before, in twips, its base styles' where it sets none. */
    private final Map<String, Long> spaceBefore = new HashMap<>();

    private StyleMap() {}

    /** Makes sure {@code document} has every style the map names, adding rolebook's where missing. */
    static StyleMap prepare(XWPFDocument document, XWPFStyles defaults) {
        XWPFStyles styles = document.getStyles() != null ? document.getStyles() : document.createStyles();
        StyleMap map = new StyleMap();
        for (String name : NAMES.values().stream().distinct().toList()) {
            XWPFStyle style = named(styles, name);
            if (style == null) {
                style = copyWithDependencies(name, styles, defaults);
            }
            map.idsByName.put(name, style.getStyleId());
            map.spaceBefore.put(style.getStyleId(), spaceBefore(styles, style));
        }
        return map;
    }

    /** The space before a paragraph of the style, following its basedOn chain; 0 where none says. */
    private static long spaceBefore(XWPFStyles styles, XWPFStyle style) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (XWPFStyle s = style; s != null && seen.add(s.getStyleId());
                s = s.getBasisStyleID() == null ? null : styles.getStyle(s.getBasisStyleID())) {
            CTPPrGeneral paragraph = s.getCTStyle().getPPr();
            if (paragraph != null && paragraph.isSetSpacing() && paragraph.getSpacing().isSetBefore()) {
                try {
                    return new java.math.BigInteger(paragraph.getSpacing().xgetBefore().getStringValue().strip()).longValue();
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The space before a paragraph of a mapped style, in twips. */
    long spaceBefore(String styleId) {
        return styleId == null ? 0 : spaceBefore.getOrDefault(styleId, 0L);
    }

    /** The style of that name, in any case; null if none. */
    static XWPFStyle named(XWPFStyles styles, String name) {
        XWPFStyle exact = styles.getStyleWithName(name);
        if (exact != null) {
            return exact;
        }
        for (XWPFStyle style : styles.getStyles()) {
            if (name.equalsIgnoreCase(style.getName())) {
                return style;
            }
        }
        return null;
    }

    private static XWPFStyle copyWithDependencies(String name, XWPFStyles target, XWPFStyles defaults) {
        XWPFStyle source = named(defaults, name);
        if (source == null) {
            throw new ExportException("rolebook's reference document lacks the style '" + name + "'");
        }
        // The style and those it is based on or links to, so it looks as in rolebook's reference.
        for (XWPFStyle style : defaults.getUsedStyleList(source)) {
            if (named(target, style.getName()) == null && !target.styleExist(style.getStyleId())) {
                target.addStyle(new XWPFStyle((CTStyle) style.getCTStyle().copy(), target));
            }
        }
        XWPFStyle added = named(target, name);
        if (added == null) {
            // The document uses the id for a style of another name; Word would mix them up.
            throw new ExportException("the reference document has a style with id '" + source.getStyleId()
                    + "' that is not '" + name + "'; rename that style or add one named '" + name + "'");
        }
        return added;
    }

    /** The style id for an element: by element.class first, then by element name; null for none. */
    String paragraphStyle(Element element) {
        String tag = element.getLocalName();
        for (String cls : element.getAttribute("class").split("\\s+")) {
            String name = NAMES.get(tag + "." + cls);
            if (name != null) {
                return idsByName.get(name);
            }
        }
        String name = NAMES.get(tag);
        return name == null ? null : idsByName.get(name);
    }

    /** The style id for one of the map's keys, such as {@code toc.1} or {@code header}. */
    String style(String key) {
        return idsByName.get(NAMES.get(key));
    }

    /** The Word style name for an element name, such as {@code heading 2} for {@code h2}. */
    static String nameFor(String key) {
        return NAMES.get(key);
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = StyleMap.class.getResourceAsStream("styles.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> names = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> names.put(key, properties.getProperty(key)));
        return Map.copyOf(names);
    }
}
