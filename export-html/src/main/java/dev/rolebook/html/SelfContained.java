package dev.rolebook.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Makes the parsed document one that a browser shows without a request: stylesheets and images
 * inlined, and everything that would load, run or navigate on its own refused with a problem that
 * names it. Names are compared as an HTML parser reads the written page, whatever their case or XML
 * namespace here ({@code <IFRAME>} and {@code <x:iframe>} are both written as an iframe).
 */
final class SelfContained {
    /** Elements that load or run something of their own. */
    private static final Set<String> EMBEDDING = Set.of(
            "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe", "base");
    /** Attributes whose value is fetched (or, on a link, followed) as a URL, in HTML and SVG. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "src", "srcset", "imagesrcset", "href", "action", "formaction", "background", "poster", "data",
            "codebase", "archive", "classid", "manifest", "ping", "lowsrc", "dynsrc", "icon", "attributionsrc");
    /** SVG attributes read as CSS values, in which {@code url(...)} can name another file. */
    private static final Set<String> SVG_PAINT = Set.of(
            "fill", "stroke", "filter", "mask", "clip-path", "marker-start", "marker-mid", "marker-end", "cursor");
    /** Link targets a reader may follow by choice; nothing is fetched until they do. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);

    private final Inliner inliner;
    private final Stylesheets stylesheets;

    SelfContained(Inliner inliner) {
        this.inliner = inliner;
        this.stylesheets = new Stylesheets(inliner);
    }

    void apply(Document document) {
        for (Element element : allElements(document)) {
            String name = htmlName(element);
            Map<String, Attr> attributes = attributes(element, name);
            switch (name) {
                case "script" -> script(attributes);
                case "link" -> link(element, attributes);
                case "style" -> element.setTextContent(stylesheets.sheet(element.getTextContent(), "<style>"));
                case "img" -> image(attributes);
                case "meta" -> {
                    if (attributes.containsKey("http-equiv")) {
                        inliner.problem("<meta http-equiv=\"" + value(attributes, "http-equiv")
                                + "\"> can reload or redirect the page; the html format has none");
                    }
                }
                default -> {
                    if (EMBEDDING.contains(name)) {
                        inliner.problem("<" + name + "> would load content from outside the page;"
                                + " the html format is one self-contained file");
                    }
                }
            }
        }
    }

    /**
     * A script of a JSON type is a data block, which browsers never run: a posting's schema.org
     * JobPosting, a role sheet's record of the role it states.
     */
    private void script(Map<String, Attr> attributes) {
        String type = value(attributes, "type").strip().toLowerCase(java.util.Locale.ROOT);
        boolean data = type.equals("application/json") || type.matches("application/[a-z0-9.+-]+\\+json");
        if (!data || attributes.containsKey("src")) {
            inliner.problem("<script> would run code; the html format carries data blocks"
                    + " (type=\"application/ld+json\" or another JSON type, without src) only");
        }
    }

    private void link(Element link, Map<String, Attr> attributes) {
        String rel = value(attributes, "rel");
        if (!rel.strip().equalsIgnoreCase("stylesheet")) {
            inliner.problem("<link rel=\"" + rel + "\"> would load content from outside"
                    + " the page; the html format takes stylesheets only, and inlines them");
            return;
        }
        String media = value(attributes, "media").strip();
        // A stylesheet for print only lays out pages (running heads, margin boxes): this page is for screens.
        if (media.equalsIgnoreCase("print")) {
            link.getParentNode().removeChild(link);
            return;
        }
        String href = value(attributes, "href");
        byte[] css = inliner.read(href, "<link rel=\"stylesheet\">");
        Element style = link.getOwnerDocument().createElementNS(HtmlExporter.XHTML, "style");
        if (!media.isEmpty()) {
            style.setAttribute("media", media);
        }
        style.setTextContent(css == null ? "" : stylesheets.sheet(new String(css, StandardCharsets.UTF_8), href));
        link.getParentNode().replaceChild(style, link);
    }

    private void image(Map<String, Attr> attributes) {
        Attr src = attributes.get("src");
        if (src != null) {
            String inline = inliner.dataUri(src.getValue(), "<img>");
            src.setValue(inline == null ? "" : inline);
        }
    }

    /**
     * Checks an element's attributes and returns them by the name a browser reads, which may differ
     * from the XML name ({@code SRC}, {@code xlink:href}). Two that a browser would read as one are
     * refused: which of them it takes is not this check's to guess.
     */
    private Map<String, Attr> attributes(Element element, String elementName) {
        NamedNodeMap map = element.getAttributes();
        Map<String, Attr> byHtmlName = new HashMap<>();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            String written = attribute.getName();
            if (written.equals("xmlns") || written.startsWith("xmlns:") || written.equals("xml:lang")) {
                continue;
            }
            String name = htmlName(attribute);
            if (byHtmlName.putIfAbsent(name, attribute) != null) {
                inliner.problem("<" + elementName + "> has two attributes a browser reads as " + name);
            }
            String value = attribute.getValue();
            if (name.startsWith("on")) {
                inliner.problem("<" + elementName + " " + written + "> would run code; the html format has none");
            } else if (name.equals("style")) {
                attribute.setValue(stylesheets.declarations(value, "the style attribute of <" + elementName + ">"));
            } else if (SVG_PAINT.contains(name) && value.contains("(")) {
                attribute.setValue(stylesheets.value(value, "the " + name + " attribute of <" + elementName + ">"));
            } else if (URL_ATTRIBUTES.contains(name)) {
                url(elementName, written, name, value);
            }
        }
        return byHtmlName;
    }

    private static String value(Map<String, Attr> attributes, String name) {
        Attr attribute = attributes.get(name);
        return attribute == null ? "" : attribute.getValue();
    }

    private void url(String element, String written, String name, String value) {
        boolean inlined = element.equals("img") && name.equals("src") || element.equals("link") && name.equals("href");
        if (inlined) {
            return;
        }
        // Browsers drop tabs and line breaks anywhere in a URL and spaces at its ends.
        String url = value.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(Locale.ROOT);
        if (url.startsWith("#") || url.startsWith("data:") && !name.equals("href")) {
            return;
        }
        boolean link = name.equals("href") && (element.equals("a") || element.equals("area"));
        if (link) {
            var scheme = SCHEME.matcher(url);
            if (!scheme.matches() || LINK_SCHEMES.contains(scheme.group(1))) {
                return;
            }
        }
        inliner.problem("<" + element + " " + written + "=\"" + value + "\"> would "
                + (link ? "run or open something other than a web page, e-mail or phone link"
                        : "load content from outside the page; the html format is one self-contained file"));
    }

    /** An element's or attribute's name as an HTML parser would read it from the written page. */
    private static String htmlName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static List<Element> allElements(Document document) {
        List<Element> elements = new ArrayList<>();
        collect(document.getDocumentElement(), elements);
        return elements;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, into);
            }
        }
    }
}
