package dev.rolebook.html;

import dev.rolebook.xhtml.TemplateResources;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSFontFaceRuleImpl;
import org.htmlunit.cssparser.dom.CSSImportRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSPageRuleImpl;
import org.htmlunit.cssparser.dom.CSSRuleListImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.CSSValueImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.htmlunit.cssparser.parser.LexicalUnitImpl;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;

/**
 * The html format's stylesheets, parsed and written out again from what was parsed, with every
 * file they name made a {@code data:} URI. A browser is handed only rules this parser understood:
 * whatever it could not read (a rule in a newer syntax, a page-margin box, a {@code url} spelled
 * with escapes that it does not take for one) is left out rather than passed on unchecked, as a
 * browser leaves out what it cannot read. So text that a browser would read as a fetch can never
 * slip past the check by being spelled in a way the check does not recognise.
 */
final class Stylesheets {
    /** Stylesheets already written, by the template folders (compared by identity) and text. */
    private static final Map<Key, String> DONE = new ConcurrentHashMap<>();
    private static final int DONE_MAX = 64;

    private record Key(TemplateResources resources, String css) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.resources == resources && key.css.equals(css);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(resources) * 31 + css.hashCode();
        }
    }

    private final Inliner inliner;

    Stylesheets(Inliner inliner) {
        this.inliner = inliner;
    }

    /**
     * A whole stylesheet, from a {@code style} element or a linked file. The same stylesheet with
     * the same template folders gives the same text, so it is made once and kept: a batch of
     * sheets links the same few for every page.
     */
    String sheet(String css, String origin) {
        Key key = new Key(inliner.resources(), css);
        String done = DONE.get(key);
        if (done != null) {
            return done;
        }
        int problems = inliner.problems().size();
        String written = write(css, origin);
        if (inliner.problems().size() == problems) {
            if (DONE.size() >= DONE_MAX) {
                DONE.clear();
            }
            DONE.put(key, written);
        }
        return written;
    }

    private String write(String css, String origin) {
        CSSStyleSheetImpl sheet = parse(parser -> parser.parseStyleSheet(new InputSource(new StringReader(css)), null));
        StringBuilder out = new StringBuilder(css.length());
        rules(sheet.getCssRules(), origin, out, "");
        return out.toString();
    }

    /** The declarations of a {@code style} attribute (or an SVG attribute read as one). */
    String declarations(String css, String origin) {
        CSSStyleDeclarationImpl declarations = parse(parser -> parser.parseStyleDeclaration(css));
        inline(declarations, origin);
        return declarations.getCssText();
    }

    /** One property's value, as an SVG attribute such as {@code fill} holds it. */
    String value(String css, String origin) {
        CSSValueImpl value = parse(parser -> parser.parsePropertyValue(css));
        if (value == null) {
            return "";
        }
        value(value, origin);
        return value.getCssText();
    }

    private void rules(CSSRuleListImpl rules, String origin, StringBuilder out, String indent) {
        for (AbstractCSSRuleImpl rule : rules.getRules()) {
            if (rule instanceof CSSImportRuleImpl) {
                inliner.problem(origin + ": stylesheets cannot @import others in the html format;"
                        + " link each from the template");
            } else if (rule instanceof CSSMediaRuleImpl media) {
                out.append(indent).append("@media ").append(media.getMediaList().getMediaText()).append(" {\n");
                rules(media.getCssRules(), origin, out, indent + "  ");
                out.append(indent).append("}\n");
            } else if (rule instanceof CSSStyleRuleImpl style) {
                inline(style.getStyle(), origin);
                out.append(indent).append(style.getCssText()).append('\n');
            } else if (rule instanceof CSSFontFaceRuleImpl fontFace) {
                inline(fontFace.getStyle(), origin);
                out.append(indent).append(fontFace.getCssText()).append('\n');
            } else if (rule instanceof CSSPageRuleImpl page) {
                inline(page.getStyle(), origin);
                out.append(indent).append(page.getCssText()).append('\n');
            }
            // @charset means nothing inside a page, and the insides of an at-rule the parser does not
            // know were never parsed: neither is passed on.
        }
    }

    private void inline(CSSStyleDeclarationImpl declarations, String origin) {
        for (Property property : declarations.getProperties()) {
            value(property.getValue(), origin);
        }
    }

    private void value(CSSValueImpl value, String origin) {
        if (value.getValue() instanceof LexicalUnit unit) {
            units(unit, false, origin);
        } else if (value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                value((CSSValueImpl) item, origin);
            }
        }
        // Colours, counters and rectangles hold numbers and names only.
    }

    private void units(LexicalUnit first, boolean imageSet, String origin) {
        for (LexicalUnit unit = first; unit != null; unit = unit.getNextLexicalUnit()) {
            switch (unit.getLexicalUnitType()) {
                case URI -> replace(unit, origin);
                // image-set() takes a plain string as a file name as well as url().
                case STRING_VALUE -> {
                    if (imageSet) {
                        replace(unit, origin);
                    }
                }
                case FUNCTION -> {
                    String name = unit.getFunctionName().toLowerCase(Locale.ROOT);
                    if (name.equals("url") || name.equals("src")) {
                        // Only a url spelled with escapes or the newer src() comes here as a function.
                        inliner.problem(origin + ": write " + name + "(...) plainly, without escapes,"
                                + " so the html format can check what it names");
                    }
                    units(unit.getParameters(), name.endsWith("image-set"), origin);
                }
                default -> {
                    units(unit.getParameters(), false, origin);
                    units(unit.getSubValues(), false, origin);
                }
            }
        }
    }

    private void replace(LexicalUnit unit, String origin) {
        String inline = inliner.dataUri(unit.getStringValue(), origin);
        ((LexicalUnitImpl) unit).setStringValue(inline == null ? "" : inline);
    }

    /** A parse from text in memory, which reads nothing else and so fails only as a bug would. */
    private interface Parse<T> {
        T with(CSSOMParser parser) throws IOException;
    }

    private static <T> T parse(Parse<T> parse) {
        try {
            return parse.with(parser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSSOMParser parser() {
        CSSOMParser parser = new CSSOMParser(new CSS3Parser());
        // What the parser cannot read it leaves out of the model, and so out of the page.
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException exception) {}

            @Override
            public void error(CSSParseException exception) {}

            @Override
            public void fatalError(CSSParseException exception) {}
        });
        return parser;
    }
}
