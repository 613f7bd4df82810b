package dev.rolebook.docx;

import dev.rolebook.xhtml.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The inline content of one paragraph: text with bold, italic and underline, internal links,
 * line breaks, page-number fields and images. White space is folded as a browser folds it, so
 * the template's line breaks do not turn into spaces at the start or end of a paragraph. Text in
 * another language than the document (an element's {@code lang}) carries that language, so Word
 * checks its spelling, and a screen reader speaks it, in the right language.
 */
final class Inline {
    private static final Set<String> BOLD = Set.of("strong", "b", "th");
    private static final Set<String> ITALIC = Set.of("em", "i");
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** One piece of a paragraph; exactly one of text, field, image or lineBreak is set. */
    private record Piece(String text, String field, Element image, boolean lineBreak,
            boolean bold, boolean italic, boolean underline, String link, String lang) {
        Piece withText(String other) {
            return new Piece(other, null, null, false, bold, italic, underline, link, lang);
        }
    }

    private record Format(boolean bold, boolean italic, boolean underline, String link, String lang) {
        Format with(Element element) {
            String name = element.getLocalName();
            String href = element.getAttribute("href");
            return new Format(bold || BOLD.contains(name), italic || ITALIC.contains(name),
                    underline || name.equals("u"),
                    name.equals("a") && linkable(href) ? href : link, langOf(element, lang));
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    /** The language of the document's root, which the styles already carry. */
    private String documentLanguage = "";

    private Inline() {}

    /** Collects the inline content of {@code nodes} (block children are the caller's). */
    static Inline of(List<Node> nodes, boolean bold) {
        Inline inline = new Inline();
        Format format = new Format(bold, false, false, null, nodes.isEmpty() ? null : inherited(nodes.get(0).getParentNode()));
        if (!nodes.isEmpty() && nodes.get(0).getOwnerDocument() != null) {
            inline.documentLanguage = nodes.get(0).getOwnerDocument().getDocumentElement().getAttribute("lang");
        }
        for (Node node : nodes) {
            inline.collect(node, format);
        }
        return inline;
    }

    /** A paragraph's worth of one link to a bookmark: the text of {@code a}, in its language. */
    static Inline link(Element a, String anchor) {
        Inline inline = new Inline();
        inline.documentLanguage = a.getOwnerDocument().getDocumentElement().getAttribute("lang");
        inline.pieces.add(new Piece(a.getTextContent().strip(), null, null, false, false, false, false, anchor,
                inherited(a)));
        return inline;
    }

    boolean isEmpty() {
        return pieces.stream().allMatch(p -> p.text() != null && p.text().isBlank());
    }

    private void collect(Node node, Format format) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            pieces.add(new Piece(node.getNodeValue(), null, null, false, format.bold(), format.italic(),
                    format.underline(), format.link(), format.lang()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.getLocalName()) {
            case "br" -> pieces.add(new Piece(null, null, null, true, false, false, false, null, null));
            case "img" -> pieces.add(new Piece(null, null, element, false, false, false, false, null, null));
            case "span" -> {
                if (Vocabulary.hasClass(element, Vocabulary.PAGE_NUMBER)) {
                    pieces.add(new Piece(null, "PAGE", null, false, format.bold(), format.italic(), false, null, null));
                } else if (Vocabulary.hasClass(element, Vocabulary.PAGE_COUNT)) {
                    pieces.add(new Piece(null, "NUMPAGES", null, false, format.bold(), format.italic(), false, null, null));
                } else {
                    children(element, format.with(element));
                }
            }
            default -> children(element, format.with(element));
        }
    }

    private void children(Element element, Format format) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, format);
        }
    }

    /** Writes the pieces as runs of {@code paragraph}. */
    void writeTo(XWPFParagraph paragraph, DocxBuilder builder) {
        List<Piece> folded = fold();
        for (Piece piece : folded) {
            if (piece.lineBreak()) {
                paragraph.createRun().addBreak();
            } else if (piece.field() != null) {
                Fields.simple(paragraph, piece.field(), "1");
            } else if (piece.image() != null) {
                Images.add(paragraph, piece.image(), builder);
            } else if (!piece.text().isEmpty()) {
                XWPFRun run = piece.link() != null ? link(paragraph, piece.link()) : paragraph.createRun();
                run.setText(piece.text());
                // Only what the XHTML marks goes on the run: "not bold" there would override the
                // paragraph style's own bold or italic (headings, terms, quotes in the reference).
                if (piece.bold()) {
                    run.setBold(true);
                }
                if (piece.italic()) {
                    run.setItalic(true);
                }
                if (piece.underline()) {
                    run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                }
                if (piece.lang() != null && !piece.lang().equalsIgnoreCase(documentLanguage)) {
                    run.setLang(DocumentLanguage.wordTag(piece.lang()));
                }
            }
        }
    }

    /** A place in the document ({@code #id}), a web page, an e-mail address or a phone number. */
    private static boolean linkable(String href) {
        return href.startsWith("#") || href.matches("(?i)(https?|mailto|tel):\\S+");
    }

    /** A hyperlink run: to a bookmark for {@code #id}, to the outside through a relationship otherwise. */
    private static XWPFRun link(XWPFParagraph paragraph, String href) {
        CTHyperlink hyperlink = paragraph.getCTP().addNewHyperlink();
        if (href.startsWith("#")) {
            hyperlink.setAnchor(Bookmarks.name(href.substring(1)));
        } else {
            // On the part that holds the paragraph (the body, a header), as Word looks it up there.
            hyperlink.setId(paragraph.getPart().getPackagePart()
                    .addExternalRelationship(href, XWPFRelation.HYPERLINK.getRelation()).getId());
        }
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), paragraph);
        paragraph.addRun(run);
        return run;
    }

    /** Folds white space runs to one space and drops it at the paragraph's start and end. */
    private List<Piece> fold() {
        List<Piece> folded = new ArrayList<>();
        boolean atSpace = true;
        for (Piece piece : pieces) {
            if (piece.text() == null) {
                folded.add(piece);
                atSpace = piece.lineBreak();
                continue;
            }
            String text = piece.text().replaceAll("[ \\t\\r\\n]+", " ");
            if (atSpace && text.startsWith(" ")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                atSpace = text.endsWith(" ");
                folded.add(piece.withText(text));
            }
        }
        for (int i = folded.size() - 1; i >= 0; i--) {
            Piece last = folded.get(i);
            if (last.text() == null) {
                break;
            }
            String text = last.text().stripTrailing();
            if (text.isEmpty()) {
                folded.remove(i);
                continue;
            }
            folded.set(i, last.withText(text));
            break;
        }
        return folded;
    }

    /** The language an element declares with lang or xml:lang, else the one it inherits. */
    private static String langOf(Element element, String inherited) {
        String lang = element.getAttribute("lang");
        if (lang.isEmpty()) {
            lang = element.getAttributeNS(XML, "lang");
        }
        return lang.isEmpty() ? inherited : lang;
    }

    /** The language in force at a node: the nearest lang on it or an ancestor, below the document's root. */
    private static String inherited(Node node) {
        for (Node at = node; at instanceof Element element && at.getParentNode() instanceof Element; at = at.getParentNode()) {
            String lang = langOf(element, null);
            if (lang != null) {
                return lang;
            }
        }
        return null;
    }
}
