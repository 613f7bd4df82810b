package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in a pipe or behind an editor: a catalog from standard input ({@code -}), one
 * document to the file {@code -o} names, problems as JSON, and diff's exit code for scripts.
 */
class PipesTest {
    @TempDir
    Path root;

    private static String tiny() throws IOException {
        try (InputStream in = PipesTest.class.getResourceAsStream("/catalogs/tiny.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validateReadsACatalogFromStandardInputAndNamesItStdin() throws IOException {
        Run valid = Run.withInput(tiny(), "validate", "-");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.out()).isEqualTo("<stdin>: valid, 1 roles\n");

        Run broken = Run.withInput(tiny().replace("title: \"Tiny catalog\"", "title: [\"Tiny catalog\""), "validate", "-");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).startsWith("<stdin>:5:1: ").contains(": YAML syntax error");
        assertThat(broken.out()).isEqualTo("<stdin>: not valid, 1 error\n");

        assertThat(Run.withInput(tiny(), "validate", "-", "-").err())
                .isEqualTo("error: standard input can be read once: name '-' once\n");
    }

    @Test
    void standardInputIsBoundedLikeAFile() {
        byte[] endless = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(endless, (byte) '#');

        Run run = Run.withInput(endless, "validate", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("<stdin>: the file has more than 16,777,216 bytes (16 MiB), the limit for a"
                + " catalog\n");
    }

    @Test
    void exportTakesTheCatalogFromStandardInputAndWritesTheOneDocumentToTheFileNamed() throws IOException {
        Path page = root.resolve("pages/clerk.html");

        Run run = Run.withInput(tiny().replace("Sells things.", "Sells pens from a pipe."), "export", "--catalog", "-",
                "--kind", "posting", "--role", "clerk", "-o", page.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("wrote ").contains("clerk.html (");
        String html = Files.readString(page);
        assertThat(html).as("the format is the file's extension").startsWith("<!DOCTYPE html>")
                .contains("Sells pens from a pipe.");
        assertThat(files(root)).containsExactly("pages/clerk.html");
    }

    @Test
    void oneFileIsRefusedForARunThatMakesMoreOrABatchAndNothingIsWritten() throws IOException {
        Path file = root.resolve("one.pdf");

        Run many = Run.of("export", "--kind", "posting", "--department", "sales", "-o", file.toString());
        assertThat(many.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(many.err()).contains("error: -o names one file, and this run makes 4 files (4 documents, 1 format);"
                + " choose one role (--role) and one format (--format), or leave out -o to write them into --out\n");
        Run formats = Run.of("export", "--format", "pdf", "--format", "docx", "-o", file.toString());
        assertThat(formats.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(formats.err()).contains("this run makes 2 files (1 document, 2 formats)");
        Run batch = Run.of("export", "--kind", "sheet", "--employees", "staff.csv", "-o", file.toString());
        assertThat(batch.err()).isEqualTo("error: -o names one file, and --employees makes a sheet for every row; leave"
                + " out -o and name the folder with --out\n");
        Run both = Run.of("export", "--out", root.toString(), "-o", file.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err()).startsWith("error: -o names the file to write and --out the folder");
        Path catalog = Files.writeString(root.resolve("roles.yaml"), tiny());
        Run itself = Run.of("export", "--catalog", catalog.toString(), "-o", catalog.toString());
        assertThat(itself.err()).isEqualTo("error: -o " + catalog + " is the catalog " + catalog + " itself, which the"
                + " document would replace; name another file\n");
        assertThat(Files.readString(catalog)).isEqualTo(tiny());
        Run folder = Run.of("export", "-o", root.toString());
        assertThat(folder.err()).isEqualTo("error: -o " + root + " is a folder; name the file to write, or use --out "
                + root + "\n");
        assertThat(files(root)).isEmpty();
    }

    /**
     * -o replaces its file whole, so it must name a file: never a link, a pipe, a device, standard
     * output, an input of the run (the reference document, a template), nor a name whose extension
     * is no format or another than --format asks for. Each is refused and left as it was.
     */
    @Test
    void oneFileIsAPlainFileThatIsNoInputAndWhoseNameSaysItsFormat() throws Exception {
        Path target = Files.writeString(root.resolve("target.html"), "kept");
        Path link = Files.createSymbolicLink(root.resolve("link.html"), target);
        Path pipe = root.resolve("pipe.html");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path templates = root.resolve("templates");
        Files.createDirectories(templates);
        Path reference = Files.writeString(root.resolve("company.docx"), "a reference document");
        List<List<String>> refused = List.of(
                List.of("-o", link.toString()),
                List.of("-o", pipe.toString()),
                List.of("-o", "/dev/null", "--format", "html"),
                List.of("-o", "-"),
                List.of("-o", root.resolve("page.rtf").toString()),
                List.of("-o", root.resolve("page.pdf").toString(), "--format", "docx"),
                List.of("-o", reference.toString(), "--reference-doc", reference.toString()),
                List.of("-o", templates.resolve("posting.html").toString(), "--templates", templates.toString()));
        List<String> messages = List.of(" is a link;", " is a named pipe, not a file;", " is a device, not a file;",
                "'-' stands for standard input, and only for catalogs", "its name ends in no format rolebook writes",
                "ends in .pdf but --format asks for docx", " is the reference document itself",
                " lies in the template folder ");
        for (int i = 0; i < refused.size(); i++) {
            List<String> args = new java.util.ArrayList<>(List.of("export", "--kind", "posting", "--role", "account-manager"));
            args.addAll(refused.get(i));
            Run run = Run.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(refused.get(i).toString()).contains(messages.get(i));
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("kept");
        assertThat(FileKind.of(pipe)).isEqualTo(FileKind.PIPE);
        assertThat(FileKind.of(Path.of("/dev/null"))).isEqualTo(FileKind.DEVICE);
        try (var listing = Files.list(templates)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void aCatalogFromStandardInputHasNoFileTimeForReproducibleAndIsReadOnce() throws IOException {
        Run reproducible = Run.withInput(tiny(), "export", "--catalog", "-", "--reproducible", "-o",
                root.resolve("h.pdf").toString());
        assertThat(reproducible.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(reproducible.err()).contains("a catalog read from standard input has no file; set SOURCE_DATE_EPOCH");
        assertThat(Run.withInput(tiny(), "diff", "-", "-").err())
                .isEqualTo("error: standard input can be read once: only one of OLD and NEW can be '-'\n");
        assertThat(files(root)).isEmpty();
    }

    /** The JSON has the text lines' fields: each problem, written as a line, is the line validate prints. */
    @Test
    void validateJsonGivesEachProblemWithTheFieldsOfItsTextLine() throws IOException {
        Path broken = Files.writeString(root.resolve("roles.yaml"), tiny().replace("language: en", "language: english"));
        Path warned = Files.writeString(root.resolve("good.yaml"), tiny().replace(
                "        pitfalls:\n          items:\n            - title: Rudeness\n              detail: Do not be rude.\n", ""));

        Run text = Run.of("validate", broken.toString(), warned.toString());
        Run json = Run.of("validate", "--json", broken.toString(), warned.toString());

        assertThat(json.exitCode()).isEqualTo(text.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(json.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("valid").asBoolean(true)).isFalse();
        assertThat(report.path("files")).hasSize(2);
        assertThat(report.path("files").get(0).path("file").asText()).isEqualTo(broken.toString());
        assertThat(report.path("files").get(0).path("valid").asBoolean(true)).isFalse();
        assertThat(report.path("files").get(0).path("roles").isNull()).isTrue();
        assertThat(report.path("files").get(1).path("valid").asBoolean()).as("warnings allowed").isTrue();
        assertThat(report.path("files").get(1).path("roles").asInt()).isEqualTo(1);
        List<String> lines = new ArrayList<>();
        for (JsonNode file : report.path("files")) {
            for (JsonNode problem : file.path("problems")) {
                assertThat(problem.path("severity").asText()).isIn("error", "warning");
                StringBuilder line = new StringBuilder(problem.path("file").asText());
                if (problem.path("line").asInt() > 0) {
                    line.append(':').append(problem.path("line").asInt()).append(':').append(problem.path("column").asInt());
                }
                line.append(": ");
                if (!problem.path("path").asText().isEmpty()) {
                    line.append(problem.path("path").asText()).append(": ");
                }
                if (problem.path("severity").asText().equals("warning")) {
                    line.append("warning: ");
                }
                lines.add(line.append(problem.path("message").asText()).toString());
            }
        }
        assertThat(lines).as("an error and a warning").anyMatch(l -> l.startsWith(broken + ":3:"))
                .anyMatch(l -> l.startsWith(warned + ":") && l.contains("warning: "));
        assertThat(String.join("\n", lines) + "\n").isEqualTo(text.err());
    }

    @Test
    void diffExitCodeSaysWhetherARoleChanged() throws IOException {
        EditedCatalog catalogs = EditedCatalog.in(root);
        String before = catalogs.before().toString();
        String after = catalogs.after().toString();

        assertThat(Run.of("diff", before, after).exitCode()).as("without --exit-code, compared is 0").isZero();
        Run changed = Run.of("diff", "--exit-code", before, after);
        assertThat(changed.exitCode()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.out()).contains(EditedCatalog.TITLE_NOW);
        Run same = Run.of("diff", "--exit-code", "--quiet", before, before);
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.out()).isEmpty();
        Run quiet = Run.of("diff", "--exit-code", "--quiet", before, after);
        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.out()).as("--quiet: the exit code alone").isEmpty();
        Run quietAlone = Run.of("diff", "--quiet", before, after);
        assertThat(quietAlone.exitCode()).as("--quiet implies --exit-code, as in git").isEqualTo(1);
        assertThat(quietAlone.out()).isEmpty();
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("roles.yaml") && !f.equals("good.yaml")).sorted().toList();
        }
    }
}
