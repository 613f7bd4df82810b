package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import dev.rolebook.xhtml.TemplateResources;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the XHTML body and hands each block element to its {@link ElementHandler}. Inline content
 * between blocks becomes a paragraph of its own; an element without a handler keeps its text as a
 * plain paragraph and is reported, so nothing the document says is dropped.
 */
final class DocxBuilder {
    private static final System.Logger LOG = System.getLogger("dev.rolebook.docx");
    static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "u", "span", "br", "img", "small", "sub", "sup", "code");

    private final XWPFDocument document;
    private final StyleMap styles;
    private final Numbering numbering;
    private final Bookmarks bookmarks = new Bookmarks();
    private final TemplateResources resources;
    private final String documentName;
    private final Map<String, ElementHandler> handlers = Handlers.all();
    private final List<String> pendingAnchors = new ArrayList<>();
    private final List<String> unknownElements = new ArrayList<>();
    private boolean updatesFields;
    private boolean pendingPageBreak;
    private boolean afterTable;
    /**
     * The space between a table's last rule and the paragraph after it: a Word table has no space
     * after, so text would touch the rule, where the PDF leaves a margin (base.css table.facts).
     */
    static final long SPACE_AFTER_TABLE = 240;

    DocxBuilder(XWPFDocument document, PreparedReference reference, TemplateResources resources, String documentName) {
        this.document = document;
        this.styles = reference.styles();
        this.numbering = new Numbering(reference.lists());
        this.resources = resources;
        this.documentName = documentName;
    }

    XWPFDocument document() {
        return document;
    }

    StyleMap styles() {
        return styles;
    }

    Numbering numbering() {
        return numbering;
    }

    TemplateResources resources() {
        return resources;
    }

    String documentName() {
        return documentName;
    }

    /** Element names that had no handler, in the order met. */
    List<String> unknownElements() {
        return unknownElements;
    }

    /** Maps the children of a container: block elements by their handlers, runs of inline content as paragraphs. */
    void blocks(Element container) {
        List<Node> inline = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && !INLINE.contains(element.getLocalName())) {
                flushInline(inline, container);
                block(element);
            } else {
                inline.add(child);
            }
        }
        flushInline(inline, container);
    }

    void block(Element element) {
        if (Vocabulary.hasClass(element, Vocabulary.PAGE_BREAK_BEFORE)) {
            pendingPageBreak = true;
        }
        if (!element.getAttribute("id").isEmpty()) {
            pendingAnchors.add(element.getAttribute("id"));
        }
        int first = document.getBodyElements().size();
        ElementHandler handler = handlers.get(element.getLocalName());
        if (handler == null) {
            unknownElements.add(element.getLocalName());
            LOG.log(System.Logger.Level.WARNING, "{0}: <{1}> has no DOCX mapping; its text is kept as a plain paragraph",
                    documentName, element.getLocalName());
            textParagraph(element, null);
        } else {
            handler.handle(element, this);
        }
        if (Vocabulary.hasClass(element, Vocabulary.KEEP_TOGETHER)) {
            KeepTogether.apply(document.getBodyElements(), first);
        }
    }

    private void flushInline(List<Node> nodes, Element container) {
        if (nodes.isEmpty()) {
            return;
        }
        Inline inline = Inline.of(List.copyOf(nodes), false);
        nodes.clear();
        if (!inline.isEmpty()) {
            inline.writeTo(paragraph(styles.paragraphStyle(container)), this);
        }
    }

    /** A paragraph of {@code element}'s whole content in the given style (null: the element's own). */
    XWPFParagraph textParagraph(Element element, String styleId) {
        XWPFParagraph paragraph = paragraph(styleId != null ? styleId : styles.paragraphStyle(element));
        Inline.of(children(element), false).writeTo(paragraph, this);
        return paragraph;
    }

    /** A new body paragraph, carrying any page break and bookmarks waiting for the next paragraph. */
    XWPFParagraph paragraph(String styleId) {
        XWPFParagraph paragraph = decorate(document.createParagraph(), styleId);
        if (afterTable && styles.spaceBefore(styleId) < SPACE_AFTER_TABLE) {
            paragraph.setSpacingBefore((int) SPACE_AFTER_TABLE);
        }
        afterTable = false;
        return paragraph;
    }

    /** The next body paragraph keeps {@link #SPACE_AFTER_TABLE} from the table just written. */
    void tableEnded() {
        afterTable = true;
    }

    XWPFParagraph decorate(XWPFParagraph paragraph, String styleId) {
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        if (pendingPageBreak) {
            paragraph.setPageBreak(true);
            pendingPageBreak = false;
        }
        for (String id : pendingAnchors) {
            BigInteger number = bookmarks.next(id);
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setName(Bookmarks.name(id));
            start.setId(number);
            paragraph.getCTP().addNewBookmarkEnd().setId(number);
        }
        pendingAnchors.clear();
        return paragraph;
    }

    static List<Node> children(Element element) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            nodes.add(child);
        }
        return nodes;
    }

    /** Asks Word to update the document's fields when it opens it: their results are only Word's to know. */
    void updateFieldsOnOpening() {
        updatesFields = true;
    }

    boolean updatesFields() {
        return updatesFields;
    }
}
