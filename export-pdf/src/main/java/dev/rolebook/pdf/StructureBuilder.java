package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure tree of a tagged PDF, made from the XHTML's own elements as their content is
 * painted. Flying Saucer paints layer by layer (backgrounds, then floats, then text), so elements
 * are made in paint order and put back into document order at the end ({@link #finish()}): what a
 * screen reader reads is the document's order, not the painter's.
 *
 * <p>A DOM text node that is not its element's only content becomes a Span of its own holding its
 * marked content. OpenPDF's structure element holds either marked content or child elements, and a
 * paragraph with a link inside has both; with every such run in its own Span the paragraph holds
 * only elements, in document order.
 */
final class StructureBuilder {
    private final PdfStructureTreeRoot root;
    private final PdfStructureElement document;
    /** Each DOM node's place in document order. */
    private final Map<Node, Integer> order = new IdentityHashMap<>();
    /** The structure element made for each element or text node; for a list item, its LBody under key {@link Body}. */
    private final Map<Object, PdfStructureElement> made = new IdentityHashMap<>();
    private final Map<PdfStructureElement, Integer> rank = new IdentityHashMap<>();
    private final Map<PdfStructureElement, String> languages = new IdentityHashMap<>();
    private final Map<Element, Boolean> excluded = new IdentityHashMap<>();
    private final java.util.function.Predicate<Element> furniture;

    /** The LBody of a list item, kept apart from the item itself in {@link #made}. */
    private record Body(Element item) {}

    /**
     * @param furniture elements whose text is page furniture (running headers and footers), not content
     */
    StructureBuilder(PdfStructureTreeRoot root, Document dom, java.util.function.Predicate<Element> furniture) {
        this.root = root;
        this.furniture = furniture;
        number(dom.getDocumentElement(), new int[] {1});
        this.document = new PdfStructureElement(root, StructureRoles.DOCUMENT);
        rank.put(document, 0);
        languages.put(document, dom.getDocumentElement().getAttribute("lang"));
    }

    private void number(Node node, int[] next) {
        order.put(node, next[0]++);
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            number(child, next);
        }
    }

    /**
     * The structure element holding a text node's marked content (its element's, or a Span of its
     * own), or null when the text is not content.
     */
    PdfStructureElement textOf(org.w3c.dom.Text text) {
        PdfStructureElement span = made.get(text);
        if (span != null) {
            return span;
        }
        if (!(text.getParentNode() instanceof Element parent) || !order.containsKey(text)) {
            return null;
        }
        PdfStructureElement container = containerOf(parent);
        if (container == null) {
            return null;
        }
        PdfName type = StructureRoles.of(parent);
        if (type != null && type != StructureRoles.LINK && parent.getFirstChild() == text && text.getNextSibling() == null) {
            // The element's only content (most paragraphs, items and cells): its marked content goes
            // into the element itself, one object fewer in the file.
            made.put(text, container);
            return container;
        }
        span = make(container, StructureRoles.SPAN, text, language(parent));
        made.put(text, span);
        return span;
    }

    /**
     * Gives the structure element of a text the text as the XHTML has it, for a run the stylesheet
     * changed (text-transform).
     */
    void writtenAs(PdfStructureElement span, org.w3c.dom.Text text) {
        span.put(new PdfName("ActualText"), new PdfString(text.getData().replaceAll("\\s+", " "), PdfObject.TEXT_UNICODE));
    }

    /**
     * The structure element of an element with a type of its own (a Figure, a Link), or null when
     * the element is page furniture.
     */
    PdfStructureElement elementOf(Element element) {
        return containerOf(element);
    }

    /**
     * The Link element of a link. A link in the running header or footer is page furniture, its
     * text an artifact, yet PDF/UA wants its annotation in the structure: it gets a Link of its own
     * at the document's level, in the place of its element, holding only its annotations.
     */
    PdfStructureElement linkOf(Element link) {
        PdfStructureElement element = elementOf(link);
        if (element != null) {
            return element;
        }
        element = made.get(link);
        if (element == null) {
            element = make(document, StructureRoles.LINK, link, language(link));
            made.put(link, element);
        }
        return element;
    }

    /** Where the content of an element goes: its own structure element, or its nearest ancestor's. */
    private PdfStructureElement containerOf(Element element) {
        if (isExcluded(element)) {
            return null;
        }
        String name = element.getLocalName();
        if ("body".equals(name) || "html".equals(name)) {
            return document;
        }
        PdfName type = StructureRoles.of(element);
        Node parentNode = element.getParentNode();
        if (type == null) {
            return parentNode instanceof Element parent ? containerOf(parent) : document;
        }
        PdfStructureElement own = made.get(type == StructureRoles.LI ? new Body(element) : element);
        if (own != null) {
            return own;
        }
        PdfStructureElement parent = parentNode instanceof Element p ? containerOf(p) : document;
        if (parent == null) {
            return null;
        }
        own = make(parent, type, element, language(element));
        describe(own, type, element);
        made.put(element, own);
        if (type == StructureRoles.LI) {
            PdfStructureElement body = make(own, StructureRoles.LBODY, element, languages.get(own));
            made.put(new Body(element), body);
            return body;
        }
        return own;
    }

    private boolean isExcluded(Element element) {
        Boolean known = excluded.get(element);
        if (known == null) {
            known = "head".equals(element.getLocalName()) || furniture.test(element)
                    || element.getParentNode() instanceof Element parent && isExcluded(parent);
            excluded.put(element, known);
        }
        return known;
    }

    private PdfStructureElement make(PdfStructureElement parent, PdfName type, Node node, String language) {
        PdfStructureElement element = new PdfStructureElement(parent, type);
        rank.put(element, order.get(node));
        languages.put(element, language);
        if (!language.isEmpty() && !language.equals(languages.get(parent))) {
            element.put(PdfName.LANG, new PdfString(language));
        }
        return element;
    }

    /** What a structure type needs beyond its place: the scope of a header cell, a figure's alternative text. */
    private static void describe(PdfStructureElement structure, PdfName type, Element element) {
        if (type == StructureRoles.TH) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, new PdfName("Table"));
            attributes.put(new PdfName("Scope"), new PdfName(scope(element)));
            structure.put(PdfName.A, attributes);
        } else if (type == StructureRoles.FIGURE) {
            structure.put(new PdfName("Alt"), new PdfString(element.getAttribute("alt"), PdfObject.TEXT_UNICODE));
        }
    }

    /** A header cell's scope as written, or as HTML infers it: a column's in thead, its row's elsewhere. */
    private static String scope(Element cell) {
        String scope = cell.getAttribute("scope");
        if (scope.equals("row") || scope.equals("rowgroup")) {
            return "Row";
        }
        if (scope.equals("col") || scope.equals("colgroup")) {
            return "Column";
        }
        Node row = cell.getParentNode();
        return row != null && row.getParentNode() instanceof Element group && "thead".equals(group.getLocalName())
                ? "Column" : "Row";
    }

    /** The nearest language an element or its ancestors declare. */
    private static String language(Element element) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
            String xml = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
            if (!xml.isEmpty()) {
                return xml;
            }
        }
        return "";
    }

    PdfStructureTreeRoot root() {
        return root;
    }

    /** Puts every element's kids into document order; marked content and annotations keep theirs, after the elements. */
    void finish() {
        sort(document);
    }

    private void sort(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        if (!(kids instanceof PdfArray array)) {
            return;
        }
        List<PdfObject> sorted = new ArrayList<>(array.getElements());
        sorted.sort(Comparator.comparingInt(kid -> kid instanceof PdfStructureElement s ? rank.get(s) : Integer.MAX_VALUE));
        for (int i = 0; i < sorted.size(); i++) {
            array.set(i, sorted.get(i));
            if (sorted.get(i) instanceof PdfStructureElement child) {
                sort(child);
            }
        }
    }
}
