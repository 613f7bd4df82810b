package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.VeraPdf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF of the matrix passes qpdf's structural check and says what it is (language, title;
 * its author, which only some documents have, is DocumentPropertiesTest's); every PDF made with {@code --pdfa}, merged bundles included, passes veraPDF at the
 * PDF/A level it declares; and every word a text extractor finds is drawn where a reader can see it.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PdfReceiversTest {
    @Test
    void qpdfFindsNoDamage() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Matrix.Output> pdfs = Matrix.outputs("pdf");
        for (Matrix.Output output : pdfs) {
            ExternalTool.Result check = ExternalTool.QPDF.run("--check", output.file().toString());
            if (check.exitCode() != 0 || check.output().contains("WARNING")) {
                problems.add(output + ": " + check.output());
            }
        }
        System.out.printf("qpdf --check: %d PDF files%n", pdfs.size());
        assertThat(pdfs.size()).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPdfSaysItsLanguageAndTitle() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Matrix.Output> pdfs = Matrix.outputs("pdf");
        for (Matrix.Output output : pdfs) {
            PdfReader reader = new PdfReader(output.file().toString());
            try {
                PdfObject language = reader.getCatalog().get(PdfName.LANG);
                Map<String, String> info = reader.getInfo();
                if (language == null || language.toString().isBlank()) {
                    problems.add(output + ": no /Lang");
                }
                if (info.get("Title") == null || info.get("Title").isBlank()) {
                    problems.add(output + ": no Title");
                }
            } finally {
                reader.close();
            }
        }
        System.out.printf("language and title: %d PDF files%n", pdfs.size());
        assertThat(problems).isEmpty();
    }

    /**
     * Each --pdfa file at the level it declares: a role sheet, which carries its role's record as
     * an embedded file, and a bundle of them PDF/A-3b; any other document PDF/A-2b.
     */
    @Test
    void everyPdfAPassesVeraPdfAtItsLevel() throws Exception {
        List<Matrix.Output> archives = Matrix.outputs("pdf").stream()
                .filter(o -> o.from().args().contains("--pdfa")).toList();
        Map<String, String> failures = new HashMap<>();
        Map<PDFAFlavour, Integer> levels = new java.util.TreeMap<>();
        for (Matrix.Output output : archives) {
            ValidationResult result = VeraPdf.atDeclaredLevel(output.file());
            levels.merge(result.getPDFAFlavour(), 1, Integer::sum);
            PDFAFlavour expected = output.from().kind().equals("sheet") ? PDFAFlavour.PDFA_3_B : PDFAFlavour.PDFA_2_B;
            if (!result.isCompliant() || result.getPDFAFlavour() != expected) {
                failures.put(output.toString(), result.getPDFAFlavour() + " (expected " + expected + "): "
                        + String.join("; ", VeraPdf.failedRules(result)));
            }
        }
        System.out.printf("veraPDF: %d PDF files (%d merged), by level: %s%n", archives.size(),
                archives.stream().filter(o -> o.file().getFileName().toString().contains(".sheets.")).count(), levels);
        assertThat(archives.stream().filter(o -> o.file().getFileName().toString().contains(".sheets."))).isNotEmpty();
        assertThat(levels).containsKeys(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFA_3_B);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyExtractedWordIsVisibleOnItsPage() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        List<Matrix.Output> pdfs = Matrix.outputs("pdf");
        for (Matrix.Output output : pdfs) {
            VisibleWords check = VisibleWords.of(output.file());
            pages += check.pages();
            problems.addAll(check.invisible().stream().map(w -> output + ": " + w).toList());
        }
        System.out.printf("every word visible: %d pages of %d PDF files%n", pages, pdfs.size());
        assertThat(problems).isEmpty();
    }
}
