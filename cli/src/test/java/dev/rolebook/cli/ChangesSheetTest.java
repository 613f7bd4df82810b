package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes sheet an employee signs when their role's text changed: each change named in the
 * sheet's language, the text before and after, read back from the PDF (pdftotext) and the DOCX.
 */
class ChangesSheetTest {
    private static final String DUTY = EditedCatalog.DUTY;
    private static final String DUTY_NOW = EditedCatalog.DUTY_NOW;
    private static final String ADDED_DUTY = EditedCatalog.ADDED_DUTY;

    /** The labels each language gives a changed, an added and a removed text, and "was" and "now". */
    private static final Map<String, List<String>> LABELS = Map.of(
            "hy", List.of("Պաշտոնի նկարագրի փոփոխություններ", "Փոխված է", "Ավելացված է", "Հանված է", "Էր", "Այժմ"),
            "en", List.of("Changes to your role", "Changed", "Added", "Removed", "Was", "Now"),
            "ru", List.of("Изменения в должностной инструкции", "Изменено", "Добавлено", "Удалено", "Было", "Стало"));

    @TempDir
    Path folder;

    private Path before;
    private Path after;

    @BeforeEach
    void catalogs() throws IOException {
        EditedCatalog catalogs = EditedCatalog.in(folder);
        before = catalogs.before();
        after = catalogs.after();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "en", "ru"})
    void eachChangeIsNamedInTheSheetsLanguageWithItsTextBeforeAndAfter(String language) throws Exception {
        Path out = folder.resolve("out-" + language);
        Run run = Run.of("export", "--kind", "changes", "--catalog", after.toString(), "--since", before.toString(),
                "--lang", language, "--format", "pdf", "--format", "docx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).as("one for each role that changed")
                    .containsExactly("business-world." + language + ".changes.account-manager.docx",
                            "business-world." + language + ".changes.account-manager.pdf",
                            "business-world." + language + ".changes.business-development-specialist.docx",
                            "business-world." + language + ".changes.business-development-specialist.pdf",
                            "business-world." + language + ".changes.sales-consultant.docx",
                            "business-world." + language + ".changes.sales-consultant.pdf",
                            "business-world." + language + ".changes.telesales-specialist.docx",
                            "business-world." + language + ".changes.telesales-specialist.pdf");
        }
        List<String> labels = LABELS.get(language);
        for (String format : List.of("pdf", "docx")) {
            String telesales = text(out.resolve("business-world." + language + ".changes.telesales-specialist." + format));
            assertThat(telesales).as(format).contains(labels.get(0), labels.get(1), labels.get(4), labels.get(5), DUTY, DUTY_NOW,
                    "731a54c8");
            assertThat(text(out.resolve("business-world." + language + ".changes.account-manager." + format)))
                    .contains(labels.get(2), ADDED_DUTY);
            assertThat(text(out.resolve("business-world." + language + ".changes.sales-consultant." + format)))
                    .contains(labels.get(3), "Ապրանքի մասին գիտելիքների պակաս:");
            assertThat(text(out.resolve("business-world." + language + ".changes.business-development-specialist." + format)))
                    .contains("Բիզնեսի զարգացման մասնագետ", "Բիզնեսի զարգացման ղեկավար");
        }
    }

    @Test
    void forAnEmployeeListOnlyWhoSignedTheEarlierTextGetsOne() throws Exception {
        Path staff = Files.writeString(folder.resolve("staff.csv"), """
                role,name,contract_number,signed_version
                telesales-specialist,Narek Hovhannisyan,ԱՊ-2026/004,731a54c8
                telesales-specialist,Anna Hakobyan,ԱՊ-2026/005,5d0c9a11
                sales-consultant,Armen Grigoryan,ԱՊ-2026/006,
                marketing-manager,Lilit Avetisyan,ԱՊ-2026/007,fb505393
                """);
        Path out = folder.resolve("out");
        Run run = Run.of("export", "--kind", "changes", "--catalog", after.toString(), "--since", before.toString(),
                "--employees", staff.toString(), "--stale-only", "--merge", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains(staff + ":3: signed version 5d0c9a11, but the earlier catalog (--since) has"
                + " version 731a54c8").contains(staff + ":4: never signed");
        assertThat(run.out()).contains("sheets: 1 written, 0 skipped (already there), 2 failed, 1 left out");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("beside the sheets and their bundle, not over them")
                    .containsExactlyInAnyOrder("ԱՊ-2026_004-telesales-specialist-changes.pdf", "business-world.hy.changes.pdf");
        }
        assertThat(PdfText.all(out.resolve("ԱՊ-2026_004-telesales-specialist-changes.pdf")))
                .contains("Narek Hovhannisyan", "ԱՊ-2026/004", DUTY_NOW);
    }

    @Test
    void aRoleTheEarlierCatalogLacksHasNoChangesToState() throws IOException {
        Path renamed = Files.writeString(folder.resolve("renamed.yaml"),
                Files.readString(after).replace("- id: marketing-manager", "- id: head-of-marketing"));
        Run run = Run.of("export", "--kind", "changes", "--catalog", renamed.toString(), "--since", before.toString(),
                "--role", "head-of-marketing", "--out", folder.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("role 'head-of-marketing' is not in the earlier catalog")
                .doesNotContain("Exception");
    }

    @Test
    void sinceAndTheChangesKindGoTogether() {
        Run without = Run.of("export", "--kind", "changes", "--catalog", after.toString());
        assertThat(without.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(without.err()).contains("name it with --since OLD");
        Run wrongKind = Run.of("export", "--kind", "sheet", "--since", before.toString());
        assertThat(wrongKind.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrongKind.err()).contains("--since names the earlier catalog of a changes sheet; add --kind changes");
    }

    /** What a reader of the file sees: pdftotext's text, or the DOCX body's text runs. */
    private static String text(Path file) throws Exception {
        if (file.toString().endsWith(".pdf")) {
            return PdfText.all(file).replaceAll("\\s+", " ");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            return xml.replaceAll("</w:p>", " ").replaceAll("<[^>]+>", "").replace("&amp;", "&").replaceAll("\\s+", " ");
        }
    }
}
