package dev.rolebook.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's resolver, remembering its answers. Flying Saucer asks for a font for every styled
 * box and builds a text key with {@code String.format} each time (2 % of the samples in a profile of
 * a batch of role sheets). The fonts a resolver knows never change once registered, and the font it
 * returns is immutable, so an answer holds for every later document. One resolver per thread, like
 * the one it extends. The key copies the family names: the style that asks owns that array.
 */
final class CachingFontResolver extends ITextFontResolver {
    private record Key(List<String> families, float size, IdentValue weight, IdentValue style) {}

    private final Map<Key, FSFont> answers = new HashMap<>();

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        Key key = new Key(spec.families == null ? null : Arrays.asList(spec.families.clone()), spec.size, spec.fontWeight,
                spec.fontStyle);
        FSFont font = answers.get(key);
        if (font == null) {
            font = super.resolveFont(context, spec);
            if (font != null) {
                answers.put(key, font);
            }
        }
        return font;
    }

    @Override
    public void flushCache() {
        answers.clear();
        super.flushCache();
    }
}
