package dev.rolebook.xhtml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The schema of the intermediate document: what it lets through, and what it names when it does not. */
class XhtmlContractTest {
    private static String page(String head, String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>" + head + "</head>\n<body>"
                + body + "</body></html>\n";
    }

    private static void check(String xhtml) {
        XhtmlContract.check(new XhtmlDocument(xhtml, TemplateResources.builtIn(), "handbook", "test"));
    }

    @Test
    void aDocumentOfEveryConstructWithClassesOfItsOwnPasses() {
        assertThatCode(() -> check(page("<meta charset=\"UTF-8\"/><title>T</title><link rel=\"stylesheet\" href=\"a.css\"/>"
                + "<style>p{}</style><script type=\"application/ld+json\">{}</script>",
                "<div class=\"running-header my-brand\">Head</div><main><nav class=\"toc\"><ol><li><a href=\"#a\">A</a>"
                        + "</li></ol></nav><section id=\"a\" class=\"mine\"><h1>A</h1><p class=\"lead-in\">x <b>b</b>"
                        + " <span class=\"page-number\"></span><br/><img src=\"l.png\" alt=\"\"/></p><ul><li>one<ul><li>two"
                        + "</li></ul></li></ul><dl><dt>t</dt><dd><p>d</p></dd></dl><blockquote><p>q</p></blockquote>"
                        + "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td><p>c</p><ul><li>l</li></ul></td></tr>"
                        + "</tbody></table><h2>B</h2><h3>C</h3><h4>D</h4></section></main>")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an element outside the contract | <main><figure>x</figure></main> | line 3: <figure> is not part of the XHTML contract inside <main>",
        "a heading level no exporter maps | <main><h5>x</h5></main> | line 3: <h5> is not part of the XHTML contract inside <main>",
        "a block inside a paragraph | <p>a <div>b</div></p> | line 3: <div> cannot stand inside <p> in the XHTML contract",
        "a paragraph directly in a list | <ul><p>x</p></ul> | line 3: <p> cannot stand inside <ul> in the XHTML contract; <li> is expected there",
        "text directly in a list | <ul>loose<li>x</li></ul> | line 3: text is not allowed directly inside <ul>",
        "an element in another namespace | <x:widget xmlns:x='urn:x'/> | line 3: <{urn:x}widget> is not part of the XHTML contract inside <body>"})
    void aConstructOutsideTheContractIsNamedWithItsLine(String what, String body, String message) {
        assertThatThrownBy(() -> check(page("<title>T</title>", body)))
                .isInstanceOf(ContractException.class).hasMessageStartingWith(message);
    }

    @Test
    void anImageWithoutAltIsNamedEvenAfterOneWithAltPassed() {
        check(page("<title>T</title>", "<p><img src=\"l.png\" alt=\"Logo\"/></p>"));
        assertThatThrownBy(() -> check(page("<title>T</title>", "<p><img src=\"l.png\"/></p>")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("line 3: <img> has no alt: say what the image shows");
    }

    /** A skipped level reads as a missing section to a screen reader; PDF/UA forbids it. */
    @Test
    void headingsGoDownOneLevelAtATime() {
        check(page("<title>T</title>", "<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2><h1>E</h1><h2>F</h2>"));
        assertThatThrownBy(() -> check(page("<title>T</title>", "<h1>A</h1>\n<h2>B</h2>\n<h4>C</h4>")))
                .isInstanceOf(ContractException.class)
                .hasMessage("line 5: <h4> follows <h2>: headings may not skip a level; use <h3>");
        assertThatThrownBy(() -> check(page("<title>T</title>", "<h2>A</h2>")))
                .isInstanceOf(ContractException.class)
                .hasMessage("line 3: <h2> follows no heading: headings may not skip a level; use <h1>");
    }

    /** A template that nests without end gets a message, not a stack overflow in an exporter. */
    @Test
    void elementsNestAtMostAHundredDeep() {
        String deep = "<div>".repeat(XhtmlContract.MAX_DEPTH - 3) + "<p>x</p>" + "</div>".repeat(XhtmlContract.MAX_DEPTH - 3);
        check(page("<title>T</title>", "<h1>A</h1>" + deep));
        String deeper = "<div>".repeat(10_000) + "<p>x</p>" + "</div>".repeat(10_000);
        assertThatThrownBy(() -> check(page("<title>T</title>", deeper)))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("line 3: elements nest more than 100 deep");
    }

    @Test
    void aBodyWithoutAHeadIsNamed() {
        assertThatThrownBy(() -> check("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>"))
                .isInstanceOf(ContractException.class)
                .hasMessage("line 1: <body> cannot stand inside <html> in the XHTML contract; <head> is expected there");
    }

    @Test
    void aMissingTitleIsNamed() {
        assertThatThrownBy(() -> check(page("<meta charset=\"UTF-8\"/>", "<p>x</p>")))
                .isInstanceOf(ContractException.class)
                .hasMessage("line 2: <head> lacks <title>, which the XHTML contract requires there");
    }

    @Test
    void aShapeFoundValidOnceIsStillCheckedWhenItDiffers() {
        check(page("<title>T</title>", "<p>one</p>"));
        check(page("<title>T</title>", "<p>two</p>"));
        assertThatThrownBy(() -> check(page("<title>T</title>", "<p>one</p><figure/>")))
                .isInstanceOf(ContractException.class).hasMessageContaining("<figure>");
    }
}
