package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rolebook export` as HR runs it: the right files under the right names, and clear refusals. */
class ExportCommandTest {
    @TempDir
    Path out;

    @Test
    void withNoOptionsItWritesTheBundledHandbookPdf() throws IOException {
        Run run = Run.of("export", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path pdf = out.resolve("business-world.hy.handbook.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(run.out()).matches("wrote .*business-world\\.hy\\.handbook\\.pdf \\(1[0-9] pages, [0-9]+ KB\\)\\n");
        assertThat(run.err()).as("the bundled catalog's known gaps are not shouted at every run").isEmpty();
        assertThat(files()).containsExactly("business-world.hy.handbook.pdf");
    }

    @Test
    void postingsAreOneDocxPerRoleByDefaultAndFormatsRepeat() throws IOException {
        Run run = Run.of("export", "--kind", "posting", "--department", "sales", "--lang", "en", "--out", out.toString(),
                "--format", "docx", "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(files()).containsExactly(
                "business-world.en.posting.account-manager.docx", "business-world.en.posting.account-manager.html",
                "business-world.en.posting.business-development-specialist.docx",
                "business-world.en.posting.business-development-specialist.html",
                "business-world.en.posting.sales-consultant.docx", "business-world.en.posting.sales-consultant.html",
                "business-world.en.posting.telesales-specialist.docx", "business-world.en.posting.telesales-specialist.html");
        assertThat(run.err()).contains("warning: posting account-manager: the catalog names no organization");
        Run pdf = Run.of("export", "--kind", "posting", "--role", "sales-consultant", "--format", "pdf", "--out",
                out.resolve("pdf").toString());
        assertThat(pdf.err()).as("a PDF posting says who is hiring and where as much as a web page")
                .contains("warning: posting sales-consultant: the catalog names no organization",
                        "warning: posting sales-consultant: the role has no location with a country");
    }

    @Test
    void sheetsDefaultToPdfAndTheQuietOptionPrintsNothing() throws IOException {
        Run run = Run.of("export", "--kind", "sheet", "--role", "marketing-manager", "--quiet", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(files()).containsExactly("business-world.hy.sheet.marketing-manager.pdf");
    }

    @Test
    void aMistypedRoleIsRefusedWithTheClosestIdAndNothingIsWritten() throws IOException {
        Run run = Run.of("export", "--kind", "posting", "--role", "acount-manager", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: the catalog has no role 'acount-manager'; did you mean 'account-manager'?");
        assertThat(files()).isEmpty();
    }

    @Test
    void aMistypedOptionGetsTheUsageHint() {
        Run run = Run.of("export", "--formt", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: Unknown options: '--formt', 'pdf'", "--format",
                "Run 'rolebook export --help' for usage.");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    /** A booklet's pages are half the sheet: --booklet alone makes A5 pages on A4 sheets, as an office prints. */
    @Test
    void aBookletIsA5PagesOnA4SheetsUnlessThePaperIsNamed() throws IOException {
        Run booklet = Run.of("export", "--booklet", "--lang", "en", "--out", out.resolve("a5").toString());
        assertThat(booklet.exitCode()).as(booklet.err()).isZero();
        var sheet = new com.lowagie.text.pdf.PdfReader(out.resolve("a5/business-world.en.handbook.booklet.pdf").toString()).getPageSize(1);
        assertThat(new float[] {sheet.getWidth(), sheet.getHeight()}).containsExactly(new float[] {841.89f, 595.28f},
                org.assertj.core.data.Offset.offset(0.01f));
        Run a3 = Run.of("export", "--booklet", "--paper", "A4", "--lang", "en", "--out", out.resolve("a4").toString());
        assertThat(a3.exitCode()).as(a3.err()).isZero();
        sheet = new com.lowagie.text.pdf.PdfReader(out.resolve("a4/business-world.en.handbook.booklet.pdf").toString()).getPageSize(1);
        assertThat(new float[] {sheet.getWidth(), sheet.getHeight()}).containsExactly(new float[] {1190.55f, 841.89f},
                org.assertj.core.data.Offset.offset(0.01f));
    }

    /** The booklet is printed and the handbook read on screen: making one beside the other keeps both. */
    @Test
    void aBookletIsWrittenBesideTheHandbookNotOverIt() throws IOException {
        Run handbook = Run.of("export", "--lang", "en", "--out", out.toString());
        assertThat(handbook.exitCode()).as(handbook.toString()).isZero();
        Run booklet = Run.of("export", "--booklet", "--lang", "en", "--format", "pdf", "--format", "docx",
                "--out", out.toString());

        assertThat(booklet.exitCode()).as(booklet.toString()).isZero();
        assertThat(booklet.out()).contains("business-world.en.handbook.booklet.pdf (");
        assertThat(files()).as("the DOCX is not imposed, so it keeps the document's own name").containsExactly(
                "business-world.en.handbook.booklet.pdf", "business-world.en.handbook.docx", "business-world.en.handbook.pdf");
        var page = new com.lowagie.text.pdf.PdfReader(out.resolve("business-world.en.handbook.pdf").toString()).getPageSize(1);
        assertThat(new float[] {page.getWidth(), page.getHeight()}).as("the handbook's own A4 pages")
                .containsExactly(new float[] {595.28f, 841.89f}, org.assertj.core.data.Offset.offset(0.01f));
        var sheet = new com.lowagie.text.pdf.PdfReader(out.resolve("business-world.en.handbook.booklet.pdf").toString())
                .getPageSize(1);
        assertThat(new float[] {sheet.getWidth(), sheet.getHeight()}).as("the booklet's A4 sheets, two A5 pages on each")
                .containsExactly(new float[] {841.89f, 595.28f}, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void optionsThatDoNotFitTogetherAreUsageErrors() {
        assertThat(Run.of("export", "--kind", "posting", "--booklet", "--out", out.toString()).err())
                .isEqualTo("error: --booklet imposes PDF pages; add --format pdf\n");
        Run archive = Run.of("export", "--booklet", "--pdfa", "--out", out.toString());
        assertThat(archive.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(archive.err()).isEqualTo("error: a booklet cannot be PDF/A (imposition makes a new file); leave out"
                + " --booklet or --pdfa; nothing was written\n");
        Run paper = Run.of("export", "--paper", "A3", "--out", out.toString());
        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).isEqualTo("error: --paper must be one of a4, a5, letter, not 'A3'; did you mean 'a4'?\n");
        assertThat(Run.of("export", "--format", "odt", "--out", out.toString()).err())
                .startsWith("error: unknown format 'odt'");
        assertThat(Run.of("export", "--catalog", "no/such/roles.yaml").err())
                .isEqualTo("error: catalog file no/such/roles.yaml does not exist\n");
        assertThat(Run.of("export", "--catalog", "busines-world").err())
                .startsWith("error: no catalog file or bundled catalog 'busines-world'; did you mean 'business-world'?");
    }

    /** The label languages are the label files found: a user's own file adds one, end to end. */
    @Test
    void aLabelsFileOfTheUsersOwnMakesALanguage() throws Exception {
        Path templates = java.nio.file.Files.createDirectories(out.resolve("templates/labels"));
        java.nio.file.Files.writeString(templates.resolve("labels_de.properties"),
                "toc.title=Inhalt\nsection.pitfalls=Was zu vermeiden ist\n");
        Path documents = out.resolve("documents");

        Run run = Run.of("export", "--templates", out.resolve("templates").toString(), "--lang", "de", "--format", "pdf",
                "--format", "docx", "--format", "html", "--out", documents.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Sandbox.text(documents.resolve("business-world.de.handbook.pdf"))).contains("Inhalt");
        assertThat(Sandbox.text(documents.resolve("business-world.de.handbook.docx"))).contains("Inhalt");
        assertThat(java.nio.file.Files.readString(documents.resolve("business-world.de.handbook.html")))
                .contains("<html class=\"handbook\" lang=\"de\">", "Inhalt");

        Run unknown = Run.of("export", "--templates", out.resolve("templates").toString(), "--lang", "fr",
                "--out", documents.toString());

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("error: --lang must be one of the label languages (de, en, hy, ru), not 'fr';"
                + " did you mean 'de'? For another language, add labels/labels_fr.properties to a template folder"
                + " (--templates)\n");
    }

    @Test
    void anInvalidCatalogIsReportedWithLocationsAndNothingIsWritten() throws IOException {
        Path catalog = Files.writeString(out.resolve("roles.yaml"), """
                format_version: 1
                id: Acme Roles
                language: en
                title: Acme
                departments: []
                """);
        Run run = Run.of("export", "--catalog", catalog.toString(), "--out", out.resolve("docs").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(catalog + ":2:5: id: must be kebab-case: lowercase letters and digits, words"
                + " joined by single hyphens (e.g. account-manager)\n"
                + catalog + ":5:14: departments: must not be empty\n"
                + "error: " + catalog + ": 2 errors; nothing was written\n");
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void aDocumentThatCannotBeMadeFailsAloneAndKeepsTheOldFile() throws IOException {
        Path catalog = Files.writeString(out.resolve("roles.yaml"), """
                format_version: 1
                id: acme
                language: en
                title: Acme
                departments:
                  - id: sales
                    name: Sales
                    roles:
                      - {id: clerk, title: Clerk, summary: [Sells.], responsibilities: {areas: [{title: Selling, items: [Sell.]}]}}
                      - {id: brain, title: "Brain 🧠", summary: [Thinks.], responsibilities: {areas: [{title: Thinking, items: [Think.]}]}}
                """);
        Path docs = out.resolve("docs");
        Files.createDirectories(docs);
        Path old = Files.writeString(docs.resolve("acme.en.sheet.brain.pdf"), "the previous sheet");

        Run run = Run.of("export", "--catalog", catalog.toString(), "--kind", "sheet", "--out", docs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("acme.en.sheet.brain.pdf not written: acme.en.sheet.brain: no font of the"
                + " template folder can draw U+1F9E0");
        assertThat(Files.readString(old)).isEqualTo("the previous sheet");
        try (Stream<Path> left = Files.list(docs)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("acme.en.sheet.brain.pdf", "acme.en.sheet.clerk.pdf");
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
