package dev.rolebook.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code ul} and {@code ol} onto real Word lists: each item a List Paragraph with numbering, nested
 * lists one level deeper, and each list numbered afresh. Never typed bullet characters.
 */
final class ListHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        items(element, 0, builder);
    }

    private void items(Element list, int level, DocxBuilder builder) {
        BigInteger numId = builder.numbering().newList(list.getLocalName().equals("ol"));
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element item) || !item.getLocalName().equals("li")) {
                continue;
            }
            List<Node> inline = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node part = item.getFirstChild(); part != null; part = part.getNextSibling()) {
                if (part instanceof Element e && (e.getLocalName().equals("ul") || e.getLocalName().equals("ol"))) {
                    nested.add(e);
                } else {
                    inline.add(part);
                }
            }
            XWPFParagraph paragraph = builder.paragraph(builder.styles().paragraphStyle(item));
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(Math.min(level, 3)));
            Inline.of(inline, false).writeTo(paragraph, builder);
            for (Element sublist : nested) {
                items(sublist, level + 1, builder);
            }
        }
    }
}
