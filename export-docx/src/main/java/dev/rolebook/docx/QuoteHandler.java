package dev.rolebook.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code blockquote} onto paragraphs in the Quote style: each {@code p}, and each run of text and
 * inline elements between them, is a quote paragraph; any other block inside (a list, say) is
 * mapped as it would be anywhere, so nothing the quotation holds is left out.
 */
final class QuoteHandler implements ElementHandler {
    @Override
    public void handle(Element element, DocxBuilder builder) {
        String quote = builder.styles().paragraphStyle(element);
        List<Node> inline = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element block && !DocxBuilder.INLINE.contains(block.getLocalName())) {
                flush(inline, quote, builder);
                if (block.getLocalName().equals("p")) {
                    builder.textParagraph(block, quote);
                } else {
                    builder.block(block);
                }
            } else {
                inline.add(child);
            }
        }
        flush(inline, quote, builder);
    }

    private static void flush(List<Node> nodes, String style, DocxBuilder builder) {
        Inline inline = Inline.of(List.copyOf(nodes), false);
        nodes.clear();
        if (!inline.isEmpty()) {
            inline.writeTo(builder.paragraph(style), builder);
        }
    }
}
