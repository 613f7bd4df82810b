package dev.rolebook.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** {@code blockquote} onto paragraphs in the Quote style. */
final class QuoteHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        String quote = builder.styles().paragraphStyle(element);
        boolean hasParagraphs = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element paragraph && paragraph.getLocalName().equals("p")) {
                builder.textParagraph(paragraph, quote);
                hasParagraphs = true;
            }
        }
        if (!hasParagraphs) {
            builder.textParagraph(element, quote);
        }
    }
}
