package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.Organization;
import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.testing.CatalogTexts;
import dev.rolebook.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog texts that look like markup, code or trouble go through the whole command and come out
 * as the same text in PDF, DOCX and HTML: nothing interpreted, nothing dropped.
 */
class HostileCatalogTest {
    private static final String[] FORMATS = {"--format", "pdf", "--format", "docx", "--format", "html"};

    /** Every text field of the schema, each with its own number so a dropped one is named. */
    private static final String EVERY_FIELD = """
            {"format_version": 1, "id": "hostile", "language": "en", "title": §,
             "source": {"work": §, "author": §, "page": §},
             "organization": {"name": §, "address": §, "email": "hr@example.com", "website": "https://example.com/jobs"},
             "departments": [{"id": "dept", "name": §, "quotes": [{"text": §, "author": §}],
               "roles": [{"id": "role", "title": §, "alternative_title": §, "summary": [§, §],
                 "responsibilities": {"lead_in": §, "heading": §, "areas": [{"title": §, "items": [§, §]}]},
                 "requirements": [§], "reports_to": §,
                 "location": {"street": §, "city": §, "region": §, "postal_code": §, "country": "AM"},
                 "pitfalls": {"heading": §, "items": [{"title": §, "detail": §}]},
                 "example": {"heading": §, "paragraphs": [§]}}]}]}
            """;

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handbook", "posting", "sheet"})
    void markupAndScriptInEveryTextAppearLiterallyInEveryFormat(String kind) throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path file = sandbox.write("hostile.json", numbered(EVERY_FIELD));
        Catalog catalog = new CatalogLoader().load(file).orThrow();

        Run run = sandbox.export(withFormats("--catalog", file.toString(), "--kind", kind));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> expected = new ArrayList<>(CatalogTexts.forKind(catalog, kind, "role"));
        Organization organization = catalog.organization();
        if (kind.equals("posting")) {
            expected.addAll(List.of(organization.name(), organization.address()));
            IntStream.rangeClosed(21, 24).mapToObj(HostileCatalogTest::markup).forEach(expected::add);  // the location
        }
        assertThat(sandbox.outputs()).hasSize(3);
        for (Path output : sandbox.outputs()) {
            String text = Sandbox.text(output);
            assertThat(missing(output, text, expected)).as(output.getFileName().toString()).isEmpty();
        }
        String html = Files.readString(sandbox.output(".html"));
        Matcher jsonLd = Pattern.compile("(?is)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
        String markup = html;
        if (kind.equals("posting")) {
            assertThat(jsonLd.find()).as("the posting's JSON-LD").isTrue();
            assertThat(jsonLd.group(1)).as("a text cannot end the JSON-LD's script element or open a comment in it")
                    .doesNotContainIgnoringCase("</script").doesNotContain("<!--");
            markup = html.substring(0, jsonLd.start()) + html.substring(jsonLd.end());
        }
        Matcher record = Pattern.compile("(?is)<script type=\"application/vnd\\.rolebook\\.role\\+json\">(.*?)</script>")
                .matcher(markup);
        if (kind.equals("sheet")) {
            assertThat(record.find()).as("the sheet's record of its role").isTrue();
            assertThat(record.group(1)).as("a text cannot end the record's script element or open a comment in it")
                    .doesNotContainIgnoringCase("</script").doesNotContain("<!--");
            markup = markup.substring(0, record.start()) + markup.substring(record.end());
        }
        assertThat(markup).as("no catalog text became markup").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<b>bold").doesNotContain("<#if").doesNotContain("<!-- c");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handbook", "posting", "sheet"})
    void naughtyStringsKeepEveryCharacter(String kind) throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String directionMarks = "Right\u200Fto\u200Eleft \u202Eoverride\u202C and \u2067isolate\u2069 Հայ\u200F";
        String combining = "Cafe\u0301 na\u0308ive \u0531\u0301 Z\u0335a\u0336l\u0337";
        String emoji = "Team spirit \uD83D\uDE00 \u2764\uFE0F";
        String zeroWidth = "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFbom soft\u00ADhyphen";
        String longWord = "W" + "x".repeat(9_998) + "W";
        List<String> items = IntStream.rangeClosed(1, 500).mapToObj(i -> "Duty number " + i + ".").toList();
        String catalog = """
                {"format_version": 1, "id": "naughty", "language": "en", "title": "Naughty catalog",
                 "departments": [{"id": "dept", "name": "Department",
                   "roles": [{"id": "role", "title": %s, "summary": [%s, %s, %s],
                     "responsibilities": {"areas": [{"title": %s, "items": [%s]}]},
                     "pitfalls": {"items": [{"title": "Pitfall", "detail": "Detail."}]},
                     "example": {"paragraphs": ["Example."]}}]}]}
                """.formatted(json(combining), json(directionMarks), json(zeroWidth), json(longWord), json(emoji),
                String.join(", ", items.stream().map(HostileCatalogTest::json).toList()));
        Path file = sandbox.write("naughty.json", catalog);

        Run run = sandbox.export(withFormats("--catalog", file.toString(), "--kind", kind));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> expected = new ArrayList<>(List.of(directionMarks, combining, emoji, zeroWidth));
        expected.addAll(items);
        for (Path output : sandbox.outputs()) {
            String text = Sandbox.text(output);
            String name = output.getFileName().toString();
            assertThat(missing(output, text, expected)).as(name).isEmpty();
            assertThat(text.replaceAll("\\s+", "")).as(name + ": the 10,000-character word, whole").contains(longWord);
            if (name.endsWith(".pdf")) {
                assertEveryWordOnThePage(output);
            }
        }
    }

    /**
     * The expected texts an output lacks. On a PDF page lines also break inside a token too long
     * for its line and after a hyphen, and the extracted text has a space there; so PDF text is
     * compared without white space.
     */
    private static List<String> missing(Path output, String text, List<String> expected) {
        if (!output.getFileName().toString().endsWith(".pdf")) {
            return CatalogTexts.missingFrom(text, expected);
        }
        String flat = text.replaceAll("\\s+", "");
        return expected.stream().filter(t -> !flat.contains(t.replaceAll("\\s+", ""))).toList();
    }

    /** A word set past the page's edge would still be in the text, but no reader would see it. */
    @org.junit.jupiter.api.Test
    void whiteSpaceThatEveryFormatFoldsIsNamedAtLoadAndShownAsOneSpaceEverywhere() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path file = sandbox.write("spaces.yaml", """
                format_version: 1
                id: spaces
                language: en
                title: "Spaced    title"
                departments:
                  - id: sales
                    name: "Sales\tDepartment"
                    roles:
                      - id: clerk
                        title: Clerk
                        summary:
                          - |
                            First line
                            second line
                          - >
                            Folded text that ends in a line break, as YAML's blocks do.
                        responsibilities: {areas: [{title: Selling, items: [Sell.]}]}
                        pitfalls: {items: [{title: Nothing, detail: Nothing.}]}
                        example: {paragraphs: [An example.]}
                """);

        Run validate = Run.of("validate", file.toString());

        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.err().lines().filter(line -> line.contains(" warning: has")).toList()).containsExactly(
                file + ":4:8: title: warning: has 4 spaces in a row at character 7; every format shows white space"
                        + " inside a text as one space, as a web page does, so write one space (a new item or text to set"
                        + " things apart)",
                file + ":7:11: departments[0].name: warning: has a tab at character 6; every format shows white"
                        + " space inside a text as one space, as a web page does, so write one space (a new item or text"
                        + " to set things apart)",
                file + ":12:13: departments[0].roles[0].summary[0]: warning: has a line break at character 11; every"
                        + " format shows white space inside a text as one space, as a web page does, so write one space"
                        + " (a new item or text to set things apart)");

        Run run = sandbox.export(withFormats("--catalog", file.toString(), "--kind", "handbook"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        for (Path output : sandbox.outputs()) {
            String text = Sandbox.text(output).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).as(output.getFileName().toString())
                    .contains("Spaced title", "Sales Department", "First line second line");
        }
        try (com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(sandbox.output(".pdf").toString())) {
            assertThat(com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(pdf)).as("the bookmarks fold the same way")
                    .anySatisfy(bookmark -> assertThat(bookmark.get("Title")).isEqualTo("Sales Department"));
        }
    }

    private static void assertEveryWordOnThePage(Path pdf) throws Exception {
        String boxes = ExternalTool.PDFTOTEXT.run("-bbox", pdf.toString(), "-").output();
        Matcher page = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">").matcher(boxes);
        assertThat(page.find()).isTrue();
        double width = Double.parseDouble(page.group(1));
        double height = Double.parseDouble(page.group(2));
        Matcher word = Pattern.compile("<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)")
                .matcher(boxes);
        int words = 0;
        while (word.find()) {
            words++;
            assertThat(Double.parseDouble(word.group(1))).as(word.group(5)).isGreaterThanOrEqualTo(0);
            assertThat(Double.parseDouble(word.group(3))).as(word.group(5)).isLessThanOrEqualTo(width);
            assertThat(Double.parseDouble(word.group(4))).as(word.group(5)).isLessThanOrEqualTo(height);
        }
        assertThat(words).isGreaterThan(500);
    }

    private static String[] withFormats(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(FORMATS));
        return all.toArray(String[]::new);
    }

    /** Text field number {@code n}: markup, script, entities and template syntax, all meant literally. */
    private static String markup(int n) {
        String id = String.format(Locale.ROOT, "F%02d", n);
        return id + " <b>bold</b><script>alert('" + id + "')</script> & \"q\" ${7*7} <#if x>n</#if> ]]> <!-- c --> &amp;";
    }

    /** Replaces each {@code §} of the template with the next {@link #markup} text, as a JSON string. */
    private static String numbered(String template) {
        StringBuilder result = new StringBuilder();
        int number = 0;
        for (char c : template.toCharArray()) {
            if (c == '§') {
                result.append(json(markup(++number)));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
