package dev.rolebook.pdf;

import dev.rolebook.xhtml.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Flying Saucer draws a run of text with one font and silently leaves out the characters that font
 * lacks. Before layout, this splits every text node into runs: characters all primary fonts have
 * stay as they are, characters only the fallback font has are wrapped in a span set in that font,
 * and characters no font has are reported, so that none vanishes from the page.
 */
final class FontRuns {
    static final String FALLBACK_CLASS = "rolebook-fallback-font";

    private FontRuns() {}

    /** Splits the document's text in place; returns a description of each character no font has. */
    static List<String> apply(Document document, FontSet fonts) {
        // One entry a character, with the first text it was found in.
        Map<Integer, String> missing = new LinkedHashMap<>();
        List<Text> texts = new ArrayList<>();
        collect(document.getDocumentElement(), texts);
        for (Text text : texts) {
            split(text, fonts, missing);
        }
        return List.copyOf(missing.values());
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
                texts.add(text);
            } else if (child instanceof Element element && !isInvisible(element)) {
                collect(child, texts);
            }
        }
    }

    private static boolean isInvisible(Element element) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        return name.equals("head") || name.equals("script") || name.equals("style");
    }

    private static void split(Text text, FontSet fonts, Map<Integer, String> missing) {
        String value = text.getData();
        if (primaryDrawsAll(value, fonts)) {
            return;
        }
        Node parent = text.getParentNode();
        StringBuilder run = new StringBuilder();
        boolean runIsFallback = false;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            boolean fallback = !fonts.primaryHas(c) && !drawsWithoutGlyph(c);
            if (fallback && !fonts.fallbackHas(c)) {
                missing.computeIfAbsent(c, code -> describe(code, value));
            }
            if (fallback != runIsFallback && run.length() > 0) {
                parent.insertBefore(node(text.getOwnerDocument(), run.toString(), runIsFallback, fonts), text);
                run.setLength(0);
            }
            runIsFallback = fallback;
            run.appendCodePoint(c);
        }
        parent.insertBefore(node(text.getOwnerDocument(), run.toString(), runIsFallback, fonts), text);
        parent.removeChild(text);
    }

    private static boolean primaryDrawsAll(String value, FontSet fonts) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!fonts.primaryHas(c) && !drawsWithoutGlyph(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static Node node(Document document, String text, boolean fallback, FontSet fonts) {
        if (!fallback) {
            return document.createTextNode(text);
        }
        Element span = document.createElementNS(Vocabulary.XHTML, "span");
        span.setAttribute("class", FALLBACK_CLASS);
        span.setAttribute("style", "font-family: \"" + fonts.fallbackFamily() + "\"");
        span.appendChild(document.createTextNode(text));
        return span;
    }

    /** White space, controls and invisible format characters (joiners, direction marks) need no glyph. */
    private static boolean drawsWithoutGlyph(int c) {
        return c == ' ' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String describe(int c, String context) {
        String excerpt = context.strip();
        if (excerpt.length() > 40) {
            int at = Math.max(0, excerpt.indexOf(Character.toString(c)) - 15);
            int end = Math.min(excerpt.length(), at + 40);
            // Cut between characters, not inside a surrogate pair.
            if (at > 0 && Character.isLowSurrogate(excerpt.charAt(at))) {
                at++;
            }
            if (end < excerpt.length() && Character.isLowSurrogate(excerpt.charAt(end))) {
                end++;
            }
            excerpt = excerpt.substring(at, end);
        }
        String name = Character.getName(c);
        return String.format("U+%04X '%s' (%s) in \"%s\"", c, Character.toString(c),
                name == null ? "a code point Unicode does not assign" : name, excerpt);
    }
}
