package dev.rolebook.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** {@code dl} (a role's pitfalls): each {@code dt} a Term paragraph, each {@code dd} a Definition. */
final class DefinitionListHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && (part.getLocalName().equals("dt") || part.getLocalName().equals("dd"))) {
                builder.textParagraph(part, null);
            } else if (child instanceof Element other) {
                builder.block(other);
            }
        }
    }
}
