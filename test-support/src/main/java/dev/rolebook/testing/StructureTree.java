package dev.rolebook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a screen reader gets from a tagged PDF: the structure tree walked in order, each element's
 * marked content replaced by the text drawn inside it. Read with PDFBox, which did not write it.
 *
 * @param text the text of every marked-content reference, in tree order (an element's
 *     {@code /ActualText} instead of what it holds, as a screen reader reads it)
 * @param types the structure types met, in tree order
 * @param figures the alternative text of each Figure, in tree order
 * @param links the link annotations the tree refers to
 * @param scopes the scope of each header cell (TH), in tree order
 * @param languages each element that declares a language of its own, as "language: its text", in tree order
 */
public record StructureTree(String text, List<String> types, List<String> figures, int links, List<String> scopes,
        List<String> languages) {

    /** The tree of a PDF, or null when it has none. */
    public static StructureTree read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return null;
            }
            Map<COSDictionary, Map<Integer, String>> marked = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, byId);
                }
                marked.put(page.getCOSObject(), byId);
            }
            Walk walk = new Walk(marked);
            for (Object kid : root.getKids()) {
                walk.visit(kid, null);
            }
            return new StructureTree(walk.text.toString(), walk.types, walk.figures, walk.links, walk.scopes, walk.languages);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text(content), String::concat);
        }
        for (Object inner : content.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                collect(nested, byId);
            }
        }
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition position) {
                text.append(position.getUnicode());
            }
        }
        return text.toString();
    }

    private static final class Walk {
        final Map<COSDictionary, Map<Integer, String>> marked;
        final StringBuilder text = new StringBuilder();
        final List<String> types = new ArrayList<>();
        final List<String> figures = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        final List<String> scopes = new ArrayList<>();
        int links;

        Walk(Map<COSDictionary, Map<Integer, String>> marked) {
            this.marked = marked;
        }

        void visit(Object node, PDPage page) {
            if (node instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                if ("TH".equals(element.getStructureType())) {
                    String scope = null;
                    var attributes = element.getAttributes();
                    for (int i = 0; i < attributes.size(); i++) {
                        if (attributes.getObject(i) instanceof PDTableAttributeObject table) {
                            scope = table.getScope();
                        }
                    }
                    scopes.add(scope);
                }
                int start = text.length();
                if (element.getActualText() != null) {
                    // A screen reader reads the replacement text instead of what is drawn.
                    text.append(element.getActualText());
                } else {
                    PDPage own = element.getPage() != null ? element.getPage() : page;
                    for (Object kid : element.getKids()) {
                        visit(kid, own);
                    }
                }
                if (element.getLanguage() != null) {
                    languages.add(element.getLanguage() + ": " + text.substring(start).strip());
                }
            } else if (node instanceof Integer mcid) {
                append(page, mcid);
            } else if (node instanceof PDMarkedContentReference reference) {
                append(reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
            } else if (node instanceof PDObjectReference) {
                links++;
            }
        }

        private void append(PDPage page, int mcid) {
            if (page == null) {
                throw new IllegalStateException("marked content " + mcid + " on no page");
            }
            Map<Integer, String> byId = marked.get(page.getCOSObject());
            String found = byId == null ? null : byId.get(mcid);
            if (found == null) {
                throw new IllegalStateException("the tree refers to marked content " + mcid + ", which its page lacks");
            }
            text.append(found);
        }
    }
}
