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

    /**
     * An Armenian catalog with English labels, compared with the bundled id: the Armenian edition
     * is the earlier text, so only the roles that were edited have a sheet, and each states only
     * its own changes (the English edition would make every text a change).
     */
    @Test
    void aBundledIdSinceTakesTheEditionInTheCatalogsLanguageNotTheLabels() throws Exception {
        Path out = folder.resolve("out");
        Run run = Run.of("export", "--kind", "changes", "--catalog", after.toString(), "--since", "business-world",
                "--lang", "en", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).as("only the roles that were edited")
                    .containsExactly("business-world.en.changes.account-manager.pdf",
                            "business-world.en.changes.business-development-specialist.pdf",
                            "business-world.en.changes.sales-consultant.pdf",
                            "business-world.en.changes.telesales-specialist.pdf");
        }
        String telesales = PdfText.all(out.resolve("business-world.en.changes.telesales-specialist.pdf"));
        assertThat(telesales).contains(DUTY, DUTY_NOW);
        assertThat(telesales.split("Was:", -1)).as("one change, the duty rewritten").hasSize(2);
    }

    @Test
    void catalogsInTwoLanguagesAreNotCompared() throws Exception {
        Path english = folder.resolve("english.yaml");
        try (var in = getClass().getResourceAsStream("/dev/rolebook/catalogs/business-world.en.yaml")) {
            Files.write(english, in.readAllBytes());
        }
        Run changes = Run.of("export", "--kind", "changes", "--catalog", after.toString(), "--since", english.toString(),
                "--out", folder.resolve("out").toString());
        assertThat(changes.exitCode()).as(changes.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(changes.err()).contains(english + " is in 'en-GB' and " + after + " in 'hy': every text would differ;"
                + " compare two catalogs in one language");
        assertThat(folder.resolve("out")).doesNotExist();

        Run diff = Run.of("diff", english.toString(), after.toString());
        assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(diff.err()).contains("every text would differ");
    }

    @Test
    void diffWithABundledIdComparesTheEditionInTheFilesLanguage() {
        for (List<String> order : List.of(List.of("business-world", after.toString()), List.of(after.toString(), "business-world"))) {
            Run diff = Run.of("diff", order.get(0), order.get(1), "--lang", "en", "--color", "never");
            assertThat(diff.exitCode()).as(diff.toString()).isZero();
            assertThat(diff.out()).as(order.toString()).contains("telesales-specialist", "ամեն օր")
                    .doesNotContain("marketing-manager");
        }
    }

    @Test
    void aBundledCatalogWithoutTheFilesLanguageIsNamed() throws IOException {
        String text = Files.readString(after);
        assertThat(text).contains("\nlanguage: hy\n");
        Path russian = Files.writeString(folder.resolve("ru.yaml"), text.replace("\nlanguage: hy\n", "\nlanguage: ru\n"));
        Run diff = Run.of("diff", "business-world", russian.toString());
        assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(diff.err()).contains("the bundled catalog business-world has no 'ru' edition to compare with "
                + russian + " (it has ");
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
    /**
     * A word with a comma and a word added after it: the DOCX (read with POI) sets only what was
     * added in bold, the place follows "changed" in lower case, and diff marks the same words.
     */
    @Test
    void aWordFollowedByAnAddedCommaIsNotMarkedChanged() throws Exception {
        String duty = "Հետևել ընթացիկ պատվերներին, գործարքներին և հաճախորդների կարիքներին:";
        Path edited = Files.writeString(folder.resolve("payments.yaml"), Files.readString(before)
                .replace(duty, duty.replace("գործարքներին", "գործարքներին, վճարումներին")));
        Path out = folder.resolve("out");
        Run run = Run.of("export", "--kind", "changes", "--catalog", edited.toString(), "--since", before.toString(),
                "--format", "docx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(out.resolve("business-world.hy.changes.account-manager.docx")))) {
            List<String> bold = new java.util.ArrayList<>();
            String place = null;
            for (var paragraph : docx.getParagraphs()) {
                if (paragraph.getText().startsWith("Փոխված է")) {
                    place = paragraph.getText();
                }
                if (paragraph.getText().startsWith("Այժմ")) {
                    paragraph.getRuns().stream().filter(r -> r.isBold() && !r.text().startsWith("Այժմ"))
                            .forEach(r -> bold.add(r.text()));
                    assertThat(paragraph.getText()).endsWith("գործարքներին, վճարումներին և հաճախորդների կարիքներին:");
                }
            }
            assertThat(place).isEqualTo("Փոխված է՝ պարտականություն «Հաճախորդների պորտֆելի կառավարում:» բաժնում");
            assertThat(String.join("", bold)).isEqualTo(", վճարումներին");
        }
        Run diff = Run.of("diff", before.toString(), edited.toString(), "--color", "never");
        assertThat(diff.out()).contains("գործարքներին{+, վճարումներին+} և հաճախորդների");
    }

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
