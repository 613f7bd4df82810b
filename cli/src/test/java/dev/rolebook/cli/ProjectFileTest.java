package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rolebook.yaml: written by init, read by every command run in its folder (here, as if run there:
 * the test's own folder is elsewhere, so a path that worked is one resolved against the file's folder),
 * each typed option winning, --no-project ignoring it, and a broken file reported whole.
 */
class ProjectFileTest {
    @TempDir
    Path folder;

    @Test
    void initWritesAProjectFileThatTheFolderCommandsRead() throws Exception {
        Path project = folder.resolve("my-roles");
        assertThat(Run.of("init", project.toString()).exitCode()).isZero();
        assertThat(Files.readString(project.resolve("rolebook.yaml")))
                .contains("\ncatalog: business-world.hy.yaml\n", "\ntemplates: templates\n", "\nout: out\n",
                        "\n# lang: en\n", "\n# reference-doc: company.docx\n", "\n# paper: A5\n");
        Files.writeString(project.resolve("templates/parts/cover.ftl"),
                "<section class=\"cover\"><h1 class=\"cover-title\">Acme: ${catalog.title}</h1></section>");

        Run export = Run.in(project, "export", "--format", "html");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(project.resolve("out/business-world.hy.handbook.html")))
                .as("the folder's catalog, made with its templates, in its out/")
                .contains("Acme: Բիզնես աշխարհ");

        Path elsewhere = folder.resolve("elsewhere");
        Run typed = Run.in(project, "export", "--format", "html", "--catalog",
                project.resolve("business-world.en.yaml").toString(), "--out", elsewhere.toString());
        assertThat(typed.exitCode()).as(typed.toString()).isZero();
        assertThat(Files.readString(elsewhere.resolve("business-world.en.handbook.html")))
                .as("typed options win; the templates still come from the file")
                .contains("Acme: Business World");

        Path ignored = folder.resolve("ignored");
        Run bare = Run.in(project, "export", "--no-project", "--format", "html", "--out", ignored.toString());
        assertThat(bare.exitCode()).as(bare.toString()).isZero();
        assertThat(Files.readString(ignored.resolve("business-world.hy.handbook.html"))).doesNotContain("Acme:");

        assertThat(Run.in(project, "list").out()).startsWith("business-world (hy)");
        Files.writeString(project.resolve("rolebook.yaml"), "catalog: business-world.en.yaml\n");
        assertThat(Run.in(project, "list").out()).startsWith("business-world (en-GB)");
    }

    @Test
    void paperAndLanguageFromTheFileAndTypedOnesWin() throws Exception {
        ExternalTool.PDFINFO.require();
        Files.writeString(folder.resolve("rolebook.yaml"), "paper: a5   # any case\nlang: en\nout: pdf\n");
        Run fromFile = Run.in(folder, "export", "--role", "account-manager");
        assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
        Path file = folder.resolve("pdf/business-world.en.handbook.pdf");
        assertThat(ExternalTool.PDFINFO.run(file.toString()).output()).containsPattern("Page size: +419.5\\d x 595.2\\d pts");

        Run typed = Run.in(folder, "export", "--role", "account-manager", "--paper", "A4", "--lang", "hy");
        assertThat(typed.exitCode()).as(typed.toString()).isZero();
        assertThat(ExternalTool.PDFINFO.run(folder.resolve("pdf/business-world.hy.handbook.pdf").toString()).output())
                .containsPattern("Page size: +595.2\\d x 841.8\\d pts");
    }

    @Test
    void aBrokenProjectFileIsReportedWholeAtItsLinesAndNothingIsWritten() throws Exception {
        Files.writeString(folder.resolve("rolebook.yaml"), """
                catalog: missing.yaml
                paper: B5
                templatez: mine
                lang: [en]
                out: a
                out: b
                """);
        Run run = Run.in(folder, "export", "--format", "html");
        assertThat(run.exitCode()).isEqualTo(2);
        String file = folder.resolve("rolebook.yaml").toString();
        assertThat(run.err()).contains(
                "error: " + file + ":1:10: catalog: no catalog file " + folder.resolve("missing.yaml")
                        + ", nor a bundled catalog 'missing.yaml'\n",
                file + ":2:8: paper: must be one of A4, A5, LETTER, not 'B5'; did you mean 'A5'?\n",
                file + ":3:1: templatez: unknown setting; did you mean 'templates'? (settings: catalog, lang,"
                        + " templates, reference-doc, out, paper)\n",
                file + ":4:7: lang: expected text such as 'lang: en'",
                file + ":6:1: out: set twice; keep one\n",
                "(mend " + file + ", or add --no-project to ignore it)");
        assertThat(run.err()).doesNotContain("Exception");
        try (var written = Files.list(folder)) {
            assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("rolebook.yaml");
        }

        Run help = Run.in(folder, "export", "--help");
        assertThat(help.exitCode()).as("help shows whatever the file holds").isZero();
        assertThat(help.out()).contains("--no-project");

        Run ignored = Run.in(folder, "list", "--no-project");
        assertThat(ignored.exitCode()).as(ignored.toString()).isZero();
        assertThat(Run.in(folder, "completion").exitCode()).as("a command without these options does not read it").isZero();
    }

    @Test
    void aProjectFileIsBounded() throws Exception {
        Files.writeString(folder.resolve("rolebook.yaml"), "# " + "x".repeat(ProjectFile.MAX_BYTES) + "\n");
        Run large = Run.in(folder, "list");
        assertThat(large.exitCode()).isEqualTo(2);
        assertThat(large.err()).contains(folder.resolve("rolebook.yaml") + ": has more than 64 KiB; it holds a few settings");

        Files.write(folder.resolve("rolebook.yaml"), new byte[] {'l', 'a', 'n', 'g', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(Run.in(folder, "list").err()).contains(folder.resolve("rolebook.yaml") + ": is not UTF-8; save it as UTF-8");

        Files.writeString(folder.resolve("rolebook.yaml"), "lang: en\n---\nlang: hy\n");
        assertThat(Run.in(folder, "list").err())
                .contains(folder.resolve("rolebook.yaml") + ":3:1: a second document follows the settings; a file holds one");

        Files.writeString(folder.resolve("rolebook.yaml"), "- catalog: x\n");
        assertThat(Run.in(folder, "list").err())
                .contains(folder.resolve("rolebook.yaml") + ":1:1: expected settings such as 'catalog: roles.yaml', one a line");
    }
}
