package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.templates.DocumentKind;
import dev.rolebook.templates.RenderOptions;
import dev.rolebook.templates.Renderer;
import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.testing.Catalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An element the DOCX mapping does not know keeps its text; content is never dropped. */
class UnmappedElementTest {
    @TempDir
    Path folder;

    @Test
    void unknownElementsBecomePlainParagraphs() throws Exception {
        Files.writeString(folder.resolve("posting.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
                <h1>${departments[0].roles[0].title}</h1>
                <marquee>Now hiring <strong>fast</strong></marquee>
                <figure><figcaption>Our team</figcaption></figure>
                </body></html>
                """);
        var document = new Renderer(TemplateResources.withUserFolder(folder))
                .render(Catalogs.bundled("en"), RenderOptions.of(DocumentKind.POSTING).withRole("sales-consultant"))
                .document();

        try (XWPFDocument docx = Docx.read(Docx.export(document, Docx.OPTIONS))) {
            String text = Docx.paragraphs(docx).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).isEqualTo("Sales Consultant\nNow hiring fast\nOur team");
        }
    }
}
