package dev.rolebook.xhtml;

import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A document's paper, a fact every paged format honours: the PDF through the CSS {@code @page
 * size} the template writes, the DOCX through its section's page size. The XHTML states it as
 * {@code <meta name="paper" content="A4">} in its head.
 */
public enum PageSize {
    A4(595.28, 841.89),
    A5(419.53, 595.28),
    LETTER(612, 792);

    /** The head's meta element that states the paper. */
    public static final String META = "paper";

    private final double widthPoints;
    private final double heightPoints;

    PageSize(double widthPoints, double heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public double widthPoints() {
        return widthPoints;
    }

    public double heightPoints() {
        return heightPoints;
    }

    /** The paper the document's head states; empty if it states none. */
    public static Optional<PageSize> of(Document document) {
        Element head = first(document.getDocumentElement(), "head");
        if (head == null) {
            return Optional.empty();
        }
        for (Node node = head.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element meta && "meta".equals(meta.getLocalName())
                    && META.equals(meta.getAttribute("name"))) {
                return parse(meta.getAttribute("content"));
            }
        }
        return Optional.empty();
    }

    /** A4, A5 or LETTER, in any case; empty for anything else. */
    public static Optional<PageSize> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Element first(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
