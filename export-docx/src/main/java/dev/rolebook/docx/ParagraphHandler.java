package dev.rolebook.docx;

import org.w3c.dom.Element;

/** {@code p} onto a paragraph in the style of its class ({@code p.lead-in}: Lead In), else Normal. */
final class ParagraphHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        builder.textParagraph(element, null);
    }
}
