package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Shape;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Paints a tagged PDF (PDF/UA-1): every text run the XHTML holds is marked content of its
 * element's structure element ({@link StructureBuilder}), every image with alternative text a
 * Figure, every link a Link with its annotation; everything else (backgrounds, borders, list
 * bullets and numbers, generated text such as page numbers and contents leaders, the running
 * header and footer, a table header repeated on a later page) is an artifact, which a screen
 * reader skips.
 *
 * <p>Flying Saucer does not tag; this follows its paint calls (drawText for text in the flow,
 * drawString alone for list numbering, draw and fill for shapes, paintReplacedElement for
 * images, paintBackground where links are made). A Flying Saucer upgrade that changes them shows
 * in the PDF/UA and reading-order tests of the conformance module.
 */
final class TaggedOutputDevice extends VisibleTextOutputDevice {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");

    private StructureBuilder structure;
    private Document dom;
    private Box root;
    private LinkAnnotations links;
    /** Open marked-content sequences; shapes and images inside one are part of it. */
    private int depth;
    /** Runs and images already tagged: a repeated table header paints the same boxes again. */
    private final Set<Object> tagged = Collections.newSetFromMap(new IdentityHashMap<>());

    TaggedOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void start(Document doc) {
        super.start(doc);
        this.dom = doc;
    }

    @Override
    public void setRoot(Box root) {
        super.setRoot(root);
        this.root = root;
    }

    @Override
    public void setWriter(PdfWriter writer) {
        super.setWriter(writer);
        structure = new StructureBuilder(writer.getStructureTreeRoot(), dom,
                element -> getSharedContext().getStyle(element).isRunning());
        links = new LinkAnnotations(this, structure, root);
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        if (links != null) {
            links.newPage(height);
        }
    }

    @Override
    public void drawText(RenderingContext c, InlineText text) {
        if (!isVisible(text) || text.getSubstring() == null || text.getSubstring().isEmpty()) {
            super.drawText(c, text);
            return;
        }
        PdfStructureElement span = null;
        if (!text.getParent().isContainedInMarginBox() && !text.isDynamicFunction() && text.getTextNode() != null
                && tagged.add(text)) {
            span = structure.textOf(text.getTextNode());
            if (span != null && !text.getParent().getStyle().isIdent(CSSName.TEXT_TRANSFORM, IdentValue.NONE)) {
                // Capitals made by the stylesheet are drawn; a screen reader gets the words as written.
                structure.writtenAs(span, text.getTextNode());
            }
        }
        if (span != null) {
            begin(span);
        } else {
            beginArtifact(text.getParent().isContainedInMarginBox());
        }
        try {
            super.drawText(c, text);
        } finally {
            end();
        }
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        decoration(() -> super.drawString(s, x, y, info));
    }

    @Override
    public void draw(Shape s) {
        decoration(() -> super.draw(s));
    }

    @Override
    public void fill(Shape s) {
        decoration(() -> super.fill(s));
    }

    @Override
    public void drawImage(FSImage image, int x, int y) {
        decoration(() -> super.drawImage(image, x, y));
    }

    /**
     * Paints something that is part of the marked content it is painted in (text, a figure), or
     * else an artifact: a list number, a border, a background, a background image.
     */
    private void decoration(Runnable paint) {
        if (depth > 0) {
            paint.run();
            return;
        }
        beginArtifact(false);
        try {
            paint.run();
        } finally {
            end();
        }
    }

    /** An image with alternative text is a Figure (the first time it is painted); one with alt="" is decoration. */
    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        Element element = box.getElement();
        PdfStructureElement figure = null;
        if (element != null && "img".equals(element.getLocalName()) && !element.getAttribute("alt").isBlank()
                && !box.isContainedInMarginBox() && tagged.add(element)) {
            figure = structure.elementOf(element);
        }
        if (figure != null) {
            begin(figure);
        } else {
            beginArtifact(box.isContainedInMarginBox());
        }
        try {
            super.paintReplacedElement(c, box);
        } finally {
            end();
        }
    }

    /**
     * Flying Saucer makes links here, in a private method that writes a bare annotation; a tagged
     * PDF needs the annotation tied to its Link element, so the background is painted as
     * Flying Saucer's base class paints it and the link is made by {@link LinkAnnotations}.
     */
    @Override
    public void paintBackground(RenderingContext c, Box box) {
        if (!box.getStyle().isVisible()) {
            return;
        }
        java.awt.Rectangle bounds = box.getPaintingBorderEdge(c);
        paintBackground(c, box.getStyle(), bounds, bounds, box.getStyle().getBorder(c));
        links.add(c, box);
    }

    @Override
    public void finish(RenderingContext c, Box root) {
        super.finish(c, root);
        structure.finish();
    }

    private void begin(PdfStructureElement element) {
        getCurrentPage().beginMarkedContentSequence(element);
        depth++;
    }

    private void beginArtifact(boolean pageFurniture) {
        if (pageFurniture) {
            PdfDictionary properties = new PdfDictionary();
            properties.put(PdfName.TYPE, PAGINATION);
            getCurrentPage().beginMarkedContentSequence(ARTIFACT, properties, true);
        } else {
            getCurrentPage().beginMarkedContentSequence(ARTIFACT);
        }
        depth++;
    }

    private void end() {
        getCurrentPage().endMarkedContentSequence();
        depth--;
    }
}
