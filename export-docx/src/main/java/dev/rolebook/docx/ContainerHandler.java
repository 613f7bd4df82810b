package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import org.w3c.dom.Element;

/**
 * Grouping elements ({@code section}, {@code article}, {@code div} …) have no look of their own:
 * their children are mapped in order. Running header and footer content goes to the Word header
 * and footer instead ({@link HeaderFooter}); the contents list to {@link TocHandler}.
 */
final class ContainerHandler implements ElementHandler {
    private final TocHandler toc = new TocHandler();

    @Override
    public void handle(Element element, DocxBuilder builder) {
        if (Vocabulary.isRunning(element)) {
            return;
        }
        if (element.getLocalName().equals("nav") && Vocabulary.hasClass(element, Vocabulary.TOC)) {
            toc.handle(element, builder);
            return;
        }
        builder.blocks(element);
    }
}
