package dev.rolebook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.StructureTree;
import dev.rolebook.testing.VeraPdf;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tagged PDF does where the built-in templates do not go: a table whose header row a
 * stylesheet repeats on every page, text in another language than the document's, links inside a
 * paragraph, an image that only decorates. The conformance module checks every built-in document.
 */
class TaggedPdfTest {
    @TempDir
    Path folder;

    private static byte[] pdf(String style, String body) {
        return pdf(TemplateResources.builtIn(), style, body);
    }

    private static byte[] pdf(TemplateResources resources, String style, String body) {
        String xhtml = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="hy" xml:lang="hy"><head><title>Փորձ</title>
                <link rel="stylesheet" href="style/base.css"/><style>%s</style></head>
                <body><main>%s</main></body></html>
                """.formatted(style, body);
        return Pdfs.export(new XhtmlDocument(xhtml, resources, "posting", "test"), Pdfs.OPTIONS);
    }

    @Test
    void aHeaderRowRepeatedOnEveryPageIsReadOnce() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            rows.append("<tr><th>Տող ").append(i).append("</th><td>").append(i * 7).append("</td></tr>");
        }
        byte[] pdf = pdf("table { -fs-table-paginate: paginate; }",
                "<h1>Աղյուսակ</h1><table><thead><tr><th scope=\"col\">Անուն</th><th scope=\"col\">Արժեք</th></tr></thead>"
                        + "<tbody>" + rows + "</tbody></table>");
        Path file = Pdfs.write(folder, "table.pdf", pdf);

        String drawn;
        int pages;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            drawn = new PDFTextStripper().getText(document);
            pages = document.getNumberOfPages();
        }
        StructureTree tree = StructureTree.read(file);
        assertThat(pages).isGreaterThan(1);
        assertThat(count(drawn, "Անուն")).as("the header row drawn on every page").isEqualTo(pages);
        assertThat(count(tree.text(), "Անուն")).as("and read once").isEqualTo(1);
        assertThat(tree.text()).contains("Տող 1", "Տող 120");
        assertThat(tree.types()).contains("Table", "THead", "TBody", "TR", "TH", "TD");
        assertThat(tree.scopes()).as("a column's header in thead, a row's in the body, as HTML infers them")
                .hasSize(122).startsWith("Column", "Column", "Row").endsWith("Row");
        assertThat(failedUaRules(pdf)).isEmpty();
    }

    @Test
    void textInAnotherLanguageSaysSoAndLinksAreTaggedWithTheirAnnotation() throws Exception {
        byte[] pdf = pdf("", "<h1>Կապ</h1><p>Գրեք <a href=\"mailto:hr@example.com\">hr@example.com</a> հասցեով կամ"
                + " այցելեք <a href=\"https://example.com/jobs\"><span lang=\"en\" xml:lang=\"en\">our jobs page</span></a>։</p>"
                + "<p lang=\"ru\" xml:lang=\"ru\">Отдел кадров</p><p>Վերջ</p>");
        Path file = Pdfs.write(folder, "links.pdf", pdf);

        StructureTree tree = StructureTree.read(file);
        assertThat(tree.text()).isEqualTo("ԿապԳրեք hr@example.com հասցեով կամ այցելեք our jobs page։Отдел кадровՎերջ");
        assertThat(tree.languages()).containsExactly("en: our jobs page", "ru: Отдел кадров");
        assertThat(tree.links()).as("each link's annotation among its Link's kids").isEqualTo(2);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDPage page = document.getPage(0);
            List<String> contents = page.getAnnotations().stream().map(PDAnnotation::getContents).collect(Collectors.toList());
            assertThat(contents).containsExactly("hr@example.com", "our jobs page");
            assertThat(page.getAnnotations()).allSatisfy(a -> assertThat(a.getStructParent()).isNotNegative());
        }
        assertThat(failedUaRules(pdf)).isEmpty();
    }

    @Test
    void anImageWithAltIsAFigureAndOneWithEmptyAltOnlyDecorates() throws Exception {
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(dot, "png", folder.resolve("dot.png").toFile());
        byte[] pdf = pdf(TemplateResources.withUserFolder(folder), "",
                "<h1>Նկարներ</h1><p><img src=\"dot.png\" alt=\"\"/>Զարդ</p><p><img src=\"dot.png\" alt=\"Կարմիր կետ\"/></p>");
        Path file = Pdfs.write(folder, "images.pdf", pdf);

        StructureTree tree = StructureTree.read(file);
        assertThat(tree.figures()).containsExactly("Կարմիր կետ");
        assertThat(tree.text()).isEqualTo("ՆկարներԶարդ");
        assertThat(failedUaRules(pdf)).isEmpty();
    }

    /** A link in the running footer: its text page furniture, its annotation still in the structure. */
    @Test
    void aLinkInTheRunningFooterKeepsItsAnnotationInTheStructure() throws Exception {
        byte[] pdf = pdf("@page { @bottom-center { content: element(footer); } } .running-footer { position: running(footer); }",
                "<div class=\"running-footer\"><a href=\"https://example.com/\">example.com</a></div>"
                        + "<h1>Առաջին</h1><p class=\"page-break-before\">Երկրորդ</p>");
        Path file = Pdfs.write(folder, "footer.pdf", pdf);

        StructureTree tree = StructureTree.read(file);
        assertThat(tree.text()).as("the footer is not read as content").isEqualTo("ԱռաջինԵրկրորդ");
        assertThat(tree.links()).as("one annotation a page, each tied to the footer's Link").isEqualTo(2);
        assertThat(failedUaRules(pdf)).isEmpty();
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    private static List<String> failedUaRules(byte[] pdf) {
        return VeraPdf.failedRules(VeraPdf.asPdfUa1(pdf));
    }
}
