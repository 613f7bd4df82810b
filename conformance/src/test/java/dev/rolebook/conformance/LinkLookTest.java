package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.HeadlessChromium;
import dev.rolebook.testing.PdfText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links look like links and the running parts stay in the margins: a posting's e-mail and website
 * are drawn in another colour than its text in the PDF (the colour PDFBox reads from the content
 * stream) and in the browser (Chromium's computed style, on screen and in print); and a page
 * printed from the browser has no "Page 0 of 0" in its text.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LinkLookTest {
    /** The fixture's e-mail address, and its address printed as text beside it in every posting. */
    private static final String EMAIL = "hr@acme.am";
    private static final String BODY = "1 Abovyan St, Yerevan";
    /** The running footer of each label language, as a page with no page numbers would print it. */
    private static final Pattern FOOTER = Pattern.compile("Page \\d+ of \\d+|Էջ \\d+ / \\d+|Стр\\. \\d+ из \\d+");

    @TempDir
    Path folder;

    @Test
    void aPostingsLinksAreDrawnInAnotherColourThanItsText() throws Exception {
        List<Matrix.Output> postings = Matrix.outputs("pdf").stream()
                .filter(o -> o.from().kind().equals("posting") && o.from().args().contains("--catalog")).toList();
        assertThat(postings).hasSizeGreaterThanOrEqualTo(3);
        for (Matrix.Output posting : postings) {
            Colours colours = Colours.of(posting.file());
            Set<String> link = colours.of(EMAIL);
            Set<String> body = colours.of(BODY);
            assertThat(link).as(posting + ": colour of " + EMAIL).hasSize(1);
            assertThat(body).as(posting + ": colour of the address").hasSize(1);
            assertThat(link).as(posting + ": the link's colour against the text's " + body).doesNotContainAnyElementsOf(body);
        }
    }

    @Test
    void aPagePrintedFromTheBrowserShowsLinksAndNoRunningParts() throws Exception {
        List<Path> pages = Matrix.outputs("html").stream().map(Matrix.Output::file).toList();
        Map<Path, HeadlessChromium.Printed> printed = HeadlessChromium.print(pages, folder);
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            HeadlessChromium.Printed result = printed.get(page);
            String text = PdfText.all(result.pdf()).replaceAll("\\s+", " ");
            HeadlessChromium.Look body = result.body().get("print");
            // (Lower case: a stylesheet may print a text in capitals.)
            String start = body == null ? "" : body.text().replaceAll("\\s+", " ");
            start = start.substring(0, Math.min(20, start.length())).toLowerCase(java.util.Locale.ROOT);
            if (body == null || !text.toLowerCase(java.util.Locale.ROOT).contains(start)) {
                problems.add(page + ": the printed PDF lacks the page's text " + body);
            }
            if (FOOTER.matcher(text).find()) {
                problems.add(page + ": printed with a running footer in its text: " + FOOTER.matcher(text).results()
                        .map(m -> m.group()).toList());
            }
            for (String media : List.of("screen", "print")) {
                for (HeadlessChromium.Look link : result.links().get(media)) {
                    links++;
                    if (link.color().equals(result.body().get(media).color()) || !link.decoration().contains("underline")) {
                        problems.add(page + ": in " + media + " the link " + link + " looks like the text " + result.body().get(media));
                    }
                }
            }
        }
        System.out.printf("printed from Chromium: %d pages, %d links looked at%n", pages.size(), links);
        assertThat(links).as("links on the posting pages").isGreaterThanOrEqualTo(4);
        assertThat(problems).isEmpty();
    }

    /** Each character of a PDF's text with the colour it is filled with. */
    private record Colours(String text, List<String> colours) {
        static Colours of(Path pdf) throws IOException {
            StringBuilder text = new StringBuilder();
            List<String> colours = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // The text stripper leaves colours out unless told to follow the colour operators.
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition position) {
                    String colour;
                    try {
                        colour = Integer.toHexString(getGraphicsState().getNonStrokingColor().toRGB());
                    } catch (IOException e) {
                        colour = "unknown";
                    }
                    // Spaces aside: whether a space is a glyph of its own is the writer's choice.
                    for (char c : position.getUnicode().toCharArray()) {
                        if (!Character.isWhitespace(c)) {
                            text.append(c);
                            colours.add(colour);
                        }
                    }
                    super.processTextPosition(position);
                }
            };
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                stripper.getText(document);
            }
            return new Colours(text.toString(), colours);
        }

        /** The colours the characters of the first occurrence of the text (spaces aside) are drawn in. */
        Set<String> of(String wanted) {
            String compact = wanted.replace(" ", "");
            int at = text.indexOf(compact);
            assertThat(at).as("'" + wanted + "' drawn in " + text).isNotNegative();
            return new LinkedHashSet<>(colours.subList(at, at + compact.length()));
        }
    }
}
