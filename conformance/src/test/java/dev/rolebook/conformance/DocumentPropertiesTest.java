package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.testing.PdfText;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Who a document is by and what it is called, as a PDF viewer (PDFBox), Word (the DOCX core
 * properties) and a browser (the page's meta) read them; and every date in every document, as
 * pdftotext and a DOCX reader give it, written the one way of its language.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DocumentPropertiesTest {
    /** Postings and sheets are the organization's; a handbook is the source book's text. */
    private static String expectedAuthor(Catalog catalog, String kind) {
        String organization = catalog.organization() == null ? null : catalog.organization().name();
        if (kind.equals("handbook")) {
            return catalog.source() != null ? catalog.source().author() : organization;
        }
        return organization;
    }

    @Test
    void everyFormatNamesTheSameAuthor() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Matrix.Output output : Matrix.outputs()) {
            String expected = expectedAuthor(output.from().catalog(), output.from().kind());
            String found = switch (output.format()) {
                case "pdf" -> {
                    try (PDDocument pdf = Loader.loadPDF(output.file().toFile())) {
                        yield pdf.getDocumentInformation().getAuthor();
                    }
                }
                case "docx" -> {
                    try (InputStream in = Files.newInputStream(output.file()); XWPFDocument docx = new XWPFDocument(in)) {
                        yield docx.getProperties().getCoreProperties().getCreator();
                    }
                }
                case "html" -> meta(output, "author");
                default -> throw new AssertionError(output + ": no format to read its author with");
            };
            if (found != null && found.isBlank()) {
                found = null;
            }
            if (!java.util.Objects.equals(found, expected)) {
                problems.add(output + ": author " + found + ", expected " + expected);
            }
            checked.merge(output.from().kind() + " " + (expected == null ? "without" : "with") + " author", 1, Integer::sum);
        }
        System.out.printf("author in every format: %s%n", checked);
        // Postings and sheets with an organization and without one, and handbooks, were all among them.
        assertThat(checked).containsKeys("posting with author", "posting without author", "sheet with author",
                "sheet without author", "handbook with author", "changes with author");
        assertThat(problems).isEmpty();
    }

    /** What a bundle of role sheets is, in each label language. */
    private static final Map<String, String> BUNDLE = Map.of(
            "en", "Role sheets", "hy", "Պաշտոնների նկարագրեր", "ru", "Должностные инструкции");

    @Test
    void aMergedBundleIsTitledAsWhatItIs() throws Exception {
        List<Matrix.Output> bundles = Matrix.outputs("pdf").stream()
                .filter(o -> o.file().getFileName().toString().contains(".sheets.")).toList();
        assertThat(bundles.stream().map(b -> {
            try {
                return b.from().language();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).contains("en", "hy", "ru");
        for (Matrix.Output bundle : bundles) {
            try (PDDocument pdf = Loader.loadPDF(bundle.file().toFile())) {
                assertThat(pdf.getDocumentInformation().getTitle()).as(bundle.toString())
                        .isEqualTo(BUNDLE.get(bundle.from().language()) + " — " + bundle.from().catalog().title());
                assertThat(pdf.getDocumentInformation().getAuthor()).as(bundle.toString())
                        .isEqualTo(bundle.from().catalog().organization().name());
            }
        }
    }

    /** The months as each language writes them in a date ("7 December", "7 декабря", "7 դեկտեմբերի"). */
    private static final Map<String, List<String>> MONTHS = Map.of(
            "en", List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            "ru", List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                    "октября", "ноября", "декабря"),
            "hy", List.of("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
                    "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"));
    /** The one way each language writes a date: the day without a leading zero, the month, the year. */
    private static final Map<String, String> STYLE = Map.of(
            "en", "[1-9]\\d? MONTH \\d{4}",
            "ru", "[1-9]\\d? MONTH \\d{4} г\\.",
            "hy", "[1-9]\\d? MONTH, \\d{4} թ\\.");

    @Test
    void datesAreWrittenOneWayPerLanguage() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> dated = new TreeMap<>();
        for (Matrix.Output output : Matrix.outputs()) {
            String language = output.from().language();
            if (!MONTHS.containsKey(language) || output.format().equals("html")) {
                continue;
            }
            String text = switch (output.format()) {
                case "pdf" -> PdfText.all(output.file());
                case "docx" -> {
                    try (InputStream in = Files.newInputStream(output.file());
                            XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
                        yield words.getText();
                    }
                }
                default -> "";
            };
            text = text.replaceAll("\\s+", " ");
            String months = String.join("|", MONTHS.get(language));
            Pattern month = Pattern.compile("(?<![\\p{L}])(" + months + ")(?![\\p{L}])");
            Pattern style = Pattern.compile(STYLE.get(language).replace("MONTH", "(" + months + ")"));
            int named = count(month.matcher(text));
            int written = count(style.matcher(text));
            if (named != written) {
                Matcher any = Pattern.compile("\\S+ \\S+ (" + months + ")\\S* \\S+ \\S+").matcher(text);
                List<String> seen = new ArrayList<>();
                while (any.find()) {
                    seen.add(any.group());
                }
                problems.add(output + ": " + (named - written) + " of " + named + " dates not written as " + language
                        + " writes them: " + seen);
            }
            if (written > 0) {
                dated.computeIfAbsent(language, l -> new TreeSet<>()).add(output.from().kind());
            }
        }
        System.out.printf("dates by language, in the kinds that have them: %s%n", dated);
        for (String language : MONTHS.keySet()) {
            assertThat(dated.get(language)).as("kinds with a date in " + language).contains("handbook", "posting", "sheet");
        }
        assertThat(problems).isEmpty();
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String meta(Matrix.Output output, String name) throws java.io.IOException {
        NodeList metas = HtmlStructure.parse(output.file()).getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (name.equals(meta.getAttribute("name"))) {
                return meta.getAttribute("content");
            }
        }
        return null;
    }
}
