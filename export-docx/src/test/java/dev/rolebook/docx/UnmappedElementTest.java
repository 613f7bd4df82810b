package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.xhtml.TemplateResources;
import dev.rolebook.xhtml.XhtmlDocument;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** An element the DOCX mapping does not know keeps its text; content is never dropped. */
class UnmappedElementTest {
    /**
     * The renderer refuses such a document (it breaks the XHTML contract); one made through the
     * Java API without the renderer still loses no text in the DOCX.
     */
    @Test
    void unknownElementsBecomePlainParagraphs() throws Exception {
        var document = new XhtmlDocument("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
                <h1>Sales Consultant</h1>
                <marquee>Now hiring <strong>fast</strong></marquee>
                <figure><figcaption>Our team</figcaption></figure>
                </body></html>
                """, TemplateResources.builtIn(), "posting", "unmapped");

        try (XWPFDocument docx = Docx.read(Docx.export(document, Docx.OPTIONS))) {
            String text = Docx.paragraphs(docx).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).isEqualTo("Sales Consultant\nNow hiring fast\nOur team");
        }
    }
}
