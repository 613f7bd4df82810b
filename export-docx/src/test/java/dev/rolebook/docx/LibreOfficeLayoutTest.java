package dev.rolebook.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.model.Catalog;
import dev.rolebook.templates.DocumentKind;
import dev.rolebook.testing.Catalogs;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfWords;
import dev.rolebook.xhtml.XhtmlDocument;
import dev.rolebook.xhtml.XhtmlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * How a DOCX looks once a word processor has laid it out: LibreOffice converts an English posting
 * and handbook to PDF, and pdftotext's word boxes show where the lines fell. A fact's label sits on
 * its value's baseline in a column narrower than the values', the text after a table keeps its
 * distance from the table's last rule, and the handbook's cover is centred line by line.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LibreOfficeLayoutTest {
    /** The share of a word box's height below its baseline: Noto Serif and Noto Sans share their metrics. */
    private static final double BELOW_BASELINE = 0.2;

    @TempDir
    static Path folder;
    private static XhtmlDocument posting;
    private static PdfWords postingPdf;
    private static PdfWords handbookPdf;

    @BeforeAll
    static void convert() throws Exception {
        ExternalTool.SOFFICE.require();
        ExternalTool.PDFTOTEXT.require();
        Catalog catalog = Catalogs.bundled("en");
        posting = Docx.xhtml(catalog, DocumentKind.POSTING, "account-manager");
        Path postingDocx = Files.write(folder.resolve("posting.docx"), Docx.export(posting, Docx.OPTIONS));
        Path handbookDocx = Files.write(folder.resolve("handbook.docx"),
                Docx.export(Docx.xhtml(catalog, DocumentKind.HANDBOOK, null), Docx.OPTIONS));
        ExternalTool.Result conversion = ExternalTool.SOFFICE.run("--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                folder.resolve("pdf").toString(), postingDocx.toString(), handbookDocx.toString());
        assertThat(conversion.exitCode()).as(conversion.output()).isZero();
        postingPdf = PdfWords.of(folder.resolve("pdf/posting.pdf"));
        handbookPdf = PdfWords.of(folder.resolve("pdf/handbook.pdf"));
    }

    /**
     * A sheet's role version is on the page of the signatures in Word's layout too, never alone on
     * a last page: every role of the Armenian edition, whose account manager's sheet once ended so.
     */
    @Test
    void aSheetsVersionLineIsOnThePageOfItsSignatures() throws Exception {
        Catalog catalog = Catalogs.bundled("hy");
        List<String> files = new ArrayList<>();
        for (var role : catalog.roles()) {
            Path docx = Files.write(folder.resolve("sheet-" + role.id() + ".docx"),
                    Docx.export(Docx.xhtml(catalog, DocumentKind.SHEET, role.id()), Docx.OPTIONS));
            files.add(docx.toString());
        }
        List<String> command = new ArrayList<>(List.of("--headless", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", folder.resolve("sheets").toString()));
        command.addAll(files);
        ExternalTool.Result conversion = ExternalTool.SOFFICE.run(command.toArray(String[]::new));
        assertThat(conversion.exitCode()).as(conversion.output()).isZero();
        for (var role : catalog.roles()) {
            PdfWords sheet = PdfWords.of(folder.resolve("sheets/sheet-" + role.id() + ".pdf"));
            PdfWords.Page last = sheet.page(sheet.pages().size());
            assertThat(last.text()).as("the last page of %s's sheet", role.id()).contains("Պաշտոնի տարբերակ", "Ամսաթիվ");
        }
    }

    @Test
    void aFactsLabelSitsOnItsValuesBaselineInANarrowerColumn() throws Exception {
        Element row = firstFactRow();
        String label = firstWord(row.getElementsByTagNameNS(DocxExporter.XHTML, "th").item(0).getTextContent());
        String value = firstWord(row.getElementsByTagNameNS(DocxExporter.XHTML, "td").item(0).getTextContent());
        PdfWords.Page page = postingPdf.page(1);
        PdfWords.Word labelWord = page.words().stream().filter(w -> w.text().equals(label)).findFirst().orElseThrow();
        PdfWords.Word valueWord = page.words().stream()
                .filter(w -> w.text().equals(value) && w != labelWord && Math.abs(w.top() - labelWord.top()) < 6)
                .findFirst().orElseThrow(() -> new AssertionError("'" + value + "' beside '" + label + "' in " + page.text()));

        assertThat(baseline(labelWord)).as("baseline of '%s' against that of '%s'", label, value)
                .isCloseTo(baseline(valueWord), org.assertj.core.data.Offset.offset(0.5));
        double textLeft = page.words().stream().mapToDouble(PdfWords.Word::left).min().orElseThrow();
        double textRight = page.words().stream().mapToDouble(PdfWords.Word::right).max().orElseThrow();
        assertThat((valueWord.left() - textLeft) / (textRight - textLeft)).as("where the values' column starts")
                .isLessThan(0.45);
    }

    @Test
    void textAfterATableKeepsItsDistanceFromTheLastRule() {
        PdfWords.Page page = postingPdf.page(1);
        String value = firstWord(firstFactRow().getElementsByTagNameNS(DocxExporter.XHTML, "td").item(0).getTextContent());
        Element table = (Element) XhtmlParser.parse(posting).getElementsByTagNameNS(DocxExporter.XHTML, "table").item(0);
        Element next = nextElement(table);
        while (next != null && next.getElementsByTagNameNS(DocxExporter.XHTML, "p").getLength() > 0
                && !next.getLocalName().equals("p")) {
            next = (Element) next.getElementsByTagNameNS(DocxExporter.XHTML, "p").item(0);
        }
        assertThat(next).as("a paragraph after the facts").isNotNull();
        String after = firstWord(next.getTextContent());
        PdfWords.Word valueWord = page.words().stream().filter(w -> w.text().equals(value)).findFirst().orElseThrow();
        PdfWords.Word afterWord = page.words().stream().filter(w -> w.text().equals(after) && w.top() > valueWord.bottom())
                .findFirst().orElseThrow();
        assertThat(afterWord.top() - valueWord.bottom()).as("space between the table's last line and '%s'", after)
                .isGreaterThan(8);
    }

    @Test
    void theCoverIsCentredLineByLine() {
        PdfWords.Page cover = handbookPdf.page(1);
        List<List<PdfWords.Word>> lines = new ArrayList<>();
        for (PdfWords.Word word : cover.words()) {
            if (lines.isEmpty() || Math.abs(lines.get(lines.size() - 1).get(0).bottom() - word.bottom()) > 2) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(word);
        }
        assertThat(lines).as("lines of the cover: %s", cover.text()).hasSizeGreaterThanOrEqualTo(3);
        double middle = centre(lines.get(0));
        for (List<PdfWords.Word> line : lines) {
            assertThat(centre(line)).as("centre of '%s'", line.stream().map(PdfWords.Word::text).toList())
                    .isCloseTo(middle, org.assertj.core.data.Offset.offset(3.0));
        }
    }

    private static double centre(List<PdfWords.Word> line) {
        return (line.get(0).left() + line.get(line.size() - 1).right()) / 2;
    }

    private static double baseline(PdfWords.Word word) {
        return word.bottom() - (word.bottom() - word.top()) * BELOW_BASELINE;
    }

    private static Element firstFactRow() {
        Element table = (Element) XhtmlParser.parse(posting).getElementsByTagNameNS(DocxExporter.XHTML, "table").item(0);
        return (Element) table.getElementsByTagNameNS(DocxExporter.XHTML, "tr").item(0);
    }

    private static Element nextElement(Element element) {
        for (org.w3c.dom.Node node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element next) {
                return next;
            }
        }
        return null;
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }
}
