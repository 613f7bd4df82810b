package dev.rolebook.docx;

import org.w3c.dom.Element;

/** {@code h1}–{@code h4} onto Word's Heading 1–4, so the navigation pane and a TOC field see them. */
final class HeadingHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        String style = builder.styles().paragraphStyle(element);
        if (style == null) {
            // h5 and h6 have no Word heading of their own in the map; the deepest one serves.
            style = builder.styles().style("h4");
        }
        builder.textParagraph(element, style);
    }
}
