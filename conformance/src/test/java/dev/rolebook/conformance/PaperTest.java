package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The paper is a fact of the document that every paged format honours: each DOCX of the matrix has
 * the page size of the PDF its run made (A4 by default, A5 and Letter with --paper), as pdfinfo and
 * the DOCX's section read back. A DOCX made with a user's reference document and no --paper keeps
 * the reference's page size: the LibreOffice-made letterhead is Letter.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PaperTest {
    private static final Pattern PDF_SIZE = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts");
    private static final Pattern DOCX_SIZE = Pattern.compile("<w:pgSz w:w=\"(\\d+)\" w:h=\"(\\d+)\"");

    @Test
    void everyDocxHasThePaperOfThePdfMadeBesideIt() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Matrix.Output docx : Matrix.outputs("docx")) {
            String name = docx.file().getFileName().toString();
            Path pdf = docx.file().resolveSibling(name.substring(0, name.length() - ".docx".length()) + ".pdf");
            if (!pdf.toFile().exists()) {
                continue;
            }
            Matcher pdfSize = PDF_SIZE.matcher(ExternalTool.PDFINFO.run(pdf.toString()).output());
            assertThat(pdfSize.find()).as(pdf.toString()).isTrue();
            Matcher docxSize = DOCX_SIZE.matcher(documentXml(docx.file()));
            assertThat(docxSize.find()).as(docx + " has a page size").isTrue();
            assertThat(Double.parseDouble(docxSize.group(1)) / 20).as(docx + " width, points")
                    .isCloseTo(Double.parseDouble(pdfSize.group(1)), org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(docxSize.group(2)) / 20).as(docx + " height, points")
                    .isCloseTo(Double.parseDouble(pdfSize.group(2)), org.assertj.core.data.Offset.offset(1.0));
            checked.add(docx.from().name() + " " + pdfSize.group(1) + "x" + pdfSize.group(2));
        }
        System.out.printf("Paper: %d DOCX files have their PDF's page size%n", checked.size());
        assertThat(checked).as("A5 and Letter among them").anyMatch(c -> c.contains("612x792"))
                .anyMatch(c -> c.startsWith("A5 handbook"));
    }

    @Test
    void aReferenceDocumentKeepsItsPageSizeWithoutPaper() throws Exception {
        List<Matrix.Output> made = Matrix.outputs("docx").stream()
                .filter(output -> output.from().name().equals("LibreOffice-made reference")).toList();
        assertThat(made).as("the LibreOffice-made reference's DOCX files").isNotEmpty();
        for (Matrix.Output docx : made) {
            Matcher size = DOCX_SIZE.matcher(documentXml(docx.file()));
            assertThat(size.find()).as(docx + " has a page size").isTrue();
            assertThat(size.group(1) + "x" + size.group(2)).as(docx + ": Letter, the reference's, in twips")
                    .isEqualTo("12240x15840");
        }
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
