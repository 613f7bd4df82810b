package dev.rolebook.docx;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Grouping elements ({@code section}, {@code article}, {@code div} …) have no look of their own:
 * their children are mapped in order. Running header and footer content goes to the Word header
 * and footer instead ({@link HeaderFooter}); the contents list to {@link TocHandler}. One marked
 * {@code keep-together} stays on one page ({@link KeepTogether}).
 */
final class ContainerHandler implements ElementHandler {
    private final TocHandler toc = new TocHandler();

    @Override
    public void handle(Element element, DocxBuilder builder) {
        String cls = element.getAttribute("class");
        if (cls.startsWith("running-")) {
            return;
        }
        if (element.getLocalName().equals("nav") && cls.contains("toc")) {
            toc.handle(element, builder);
            return;
        }
        int first = builder.document().getBodyElements().size();
        builder.blocks(element);
        if (List.of(cls.split("\\s+")).contains(KeepTogether.CLASS)) {
            KeepTogether.apply(builder.document().getBodyElements(), first);
        }
    }
}
