package dev.rolebook.docx;

import org.w3c.dom.Element;

/** Maps one kind of XHTML block element onto Word structure. */
interface ElementHandler {
    void handle(Element element, DocxBuilder builder);
}
