package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.Catalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Each kind in hy and en, read back with POI: every text, the heading outline, real lists. */
class DocxReadBackTest {

    static Stream<Arguments> documents() {
        return Stream.of("hy", "en").flatMap(language -> Stream.of(
                Arguments.of(language, DocumentKind.HANDBOOK, null),
                Arguments.of(language, DocumentKind.POSTING, "account-manager"),
                Arguments.of(language, DocumentKind.SHEET, "telesales-specialist")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("documents")
    void textsHeadingsAndListsSurviveTheRoundTrip(String language, DocumentKind kind, String role) throws Exception {
        Catalog catalog = Catalogs.bundled(language);
        XhtmlDocument xhtml = Docx.xhtml(catalog, kind, role);
        try (XWPFDocument docx = Docx.read(Docx.export(xhtml, Docx.OPTIONS))) {
            List<XWPFParagraph> paragraphs = Docx.paragraphs(docx);

            String text = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            List<String> expected = CatalogTexts.forKind(catalog, kind.id(), role);
            assertThat(CatalogTexts.missingFrom(text, expected)).isEmpty();

            assertThat(headings(docx, paragraphs)).containsExactlyElementsOf(headings(XhtmlParser.parse(xhtml)));

            List<String> items = listItems(XhtmlParser.parse(xhtml));
            List<XWPFParagraph> numbered = paragraphs.stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).extracting(p -> CatalogTexts.normalize(p.getText())).containsExactlyElementsOf(items);
            assertThat(numbered).allSatisfy(p -> assertThat(p.getText()).doesNotStartWith("•").doesNotStartWith("-"));
            assertThat(numbered).allSatisfy(p -> assertThat(Docx.styleName(docx, p)).isEqualTo("List Paragraph"));
        }
    }

    /** "level: text" for each Word heading paragraph. */
    private static List<String> headings(XWPFDocument docx, List<XWPFParagraph> paragraphs) {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph paragraph : paragraphs) {
            String style = Docx.styleName(docx, paragraph);
            if (style.startsWith("heading ")) {
                headings.add(style.substring(8) + ": " + CatalogTexts.normalize(paragraph.getText()));
            }
        }
        return headings;
    }

    /** "level: text" for each XHTML heading; the cover's and the contents' titles are not chapters. */
    private static List<String> headings(Document xhtml) {
        List<String> headings = new ArrayList<>();
        walk(xhtml.getDocumentElement(), element -> {
            String name = element.getLocalName();
            String cls = element.getAttribute("class");
            if (name.matches("h[1-4]") && !cls.equals("cover-title") && !cls.equals("toc-title")) {
                headings.add(name.substring(1) + ": " + CatalogTexts.normalize(element.getTextContent()));
            }
        });
        return headings;
    }

    private static List<String> listItems(Document xhtml) {
        List<String> items = new ArrayList<>();
        walk(xhtml.getDocumentElement(), element -> {
            if (element.getLocalName().equals("li") && !inside(element, "nav")) {
                items.add(CatalogTexts.normalize(element.getTextContent()));
            }
        });
        return items;
    }

    private static boolean inside(Node node, String name) {
        for (Node parent = node.getParentNode(); parent instanceof Element e; parent = parent.getParentNode()) {
            if (e.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Element element, java.util.function.Consumer<Element> visit) {
        visit.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, visit);
            }
        }
    }
}
