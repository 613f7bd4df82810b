package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes that ended as "internal error" with a Java exception: each now says what to mend. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileMistakesTest {
    @TempDir
    Path root;
    /** A template folder of its own, outside the sandbox, which counts every file it finds as written. */
    @TempDir
    Path folder;

    @Test
    void aBrokenEscapeInALabelsFileIsNamedWithItsLine() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/labels/labels_en.properties", "toc.title=Contents\nsection.pitfalls=Avoid \\u12G4\n");

        Run run = sandbox.export("--lang", "en", "--templates", root.resolve("templates").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("labels/labels_en.properties:2: a \\u escape must be followed by four hexadecimal digits");
    }

    @Test
    void anIncludedTemplateThatLinksOutsideTheFolderIsATemplateError() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path outside = Files.writeString(folder.resolve("elsewhere.ftl"), "<#macro head title subject stylesheets></#macro>");
        Files.createDirectories(folder.resolve("templates/lib"));
        Files.createSymbolicLink(folder.resolve("templates/lib/common.ftl"), outside);

        Run run = sandbox.export("--templates", folder.resolve("templates").toString());

        assertThat(run.exitCode()).as(run.toString()).isNotZero().isNotEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("handbook.ftl: a template it includes or imports lies outside the template folder");
    }

    @Test
    void templateErrorsKeepTheirReasonAndPointAtTheFileThatHasThem() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/broken.ftl", "<p>\n<#if>\n");
        sandbox.write("templates/uses-missing.ftl", "line one\n${nothing.here}\n");
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("<#include \"missing.ftl\">", "error: handbook.ftl:1:1: the template 'missing.ftl' it includes or"
                + " imports is in neither the template folder nor rolebook's built-in templates");
        expected.put("<#include \"broken.ftl\">", "error: broken.ftl:2:2: #if is an existing directive, but the tag is"
                + " malformed.  (See FreeMarker Manual / Directive Reference.) (in a template reached from handbook.ftl:1:1)");
        expected.put("<#import \"broken.ftl\" as b>", "error: broken.ftl:2:2: #if is an existing directive, but the tag"
                + " is malformed.  (See FreeMarker Manual / Directive Reference.) (in a template reached from handbook.ftl:1:1)");
        expected.put("<#include \"uses-missing.ftl\">",
                "error: uses-missing.ftl:2:3: The following has evaluated to null or missing: nothing");

        for (var template : expected.entrySet()) {
            sandbox.write("templates/handbook.ftl", template.getKey());

            Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "html");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(run.err().strip()).as(template.getKey()).isEqualTo(template.getValue());
        }
    }

    @Test
    void binaryValuesAndEndlessNumbersAreNamedInWords() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String digits = "9".repeat(2000);
        Path catalog = sandbox.write("roles.yaml", """
                format_version: 1
                id: acme
                language: en
                title: !!binary aGVsbG8=
                departments:
                  - id: sales
                    name: Sales
                    roles: [{id: clerk, title: Clerk, summary: [x], responsibilities: {areas: [{title: S, items: [x]}]}}]
                """);

        Run run = Run.of("validate", catalog.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(catalog + ":4:8: title: is tagged as binary data (!!binary); a catalog holds"
                + " text: write the text itself, without the tag");
        // Only the first error of a file that cannot be read as a catalog is given; the digits come next.
        Path numbers = sandbox.write("numbers.yaml", Files.readString(catalog).replace("!!binary aGVsbG8=", "Acme")
                .replace("summary: [x]", "summary: [x], salary: {min: " + digits + ", currency: AMD, period: month}"));

        Run second = Run.of("validate", numbers.toString());

        String printed = second.out() + second.err();
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(printed).contains(numbers + ":8:67: departments[0].roles[0].salary.min: is a number of 2000 digits;"
                + " no amount needs more than 13 (a typing mistake?)");
        assertThat(printed.length()).as("the number is not printed whole").isLessThan(1500);
    }

    @Test
    void fontsThatCannotBeUsedAreNamedWithTheReason() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/fonts/Text.ttf", "not a font\n");
        sandbox.write("templates/fonts/Empty.ttf", new byte[0]);
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("../../etc/passwd", "fonts/fonts.properties names '../../etc/passwd', which is not a font file of"
                + " the fonts folder: name a file next to it, such as MyFont-Regular.ttf");
        expected.put("Text.ttf", "font fonts/Text.ttf cannot be used: ");
        expected.put("Empty.ttf", "font fonts/Empty.ttf cannot be used: it is empty, cut short or not a TrueType or"
                + " OpenType font");
        expected.put("Gone.ttf", "font fonts/Gone.ttf cannot be used: 'fonts/Gone.ttf' is in neither the template"
                + " folder nor rolebook's built-in templates");

        for (var font : expected.entrySet()) {
            sandbox.write("templates/fonts/fonts.properties", "primary=" + font.getKey() + "\n");

            Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "pdf");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(run.err()).as(font.getKey()).startsWith("error: ").contains(font.getValue())
                    .doesNotContain("internal error", "null");
            assertThat(sandbox.outputs()).isEmpty();
        }
    }

    @Test
    void runningOutOfMemoryFailsTheOutputInWordsWithoutAStackTrace() throws Exception {
        Path out = root.resolve("out");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx20m",
                "-cp", System.getProperty("java.class.path"), "dev.rolebook.cli.Rolebook", "export", "--format", "pdf",
                "--out", out.toString()).redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(run.exitValue()).as(printed).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(printed).as(printed).contains("business-world.hy.handbook.pdf not written: Java ran out of memory;"
                + " give it more (ROLEBOOK_JAVA_OPTS=-Xmx2g ./rolebook ...)").doesNotContain("\tat ", "Exception in");
    }

    @Test
    void aTemplateThatBreaksTheXhtmlContractIsNamedBeforeAnyOutputAndItsOwnClassesStayAllowed() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String template = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${catalog.title}</title></head>
                <body><main class="my-layout">
                <h1 class="my-title">${catalog.title}</h1>
                %s
                </main></body></html>
                """;
        sandbox.write("templates/handbook.ftl", template.formatted("<figure><p>A picture</p></figure>"));

        Run run = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "pdf", "--format",
                "docx", "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).isEqualTo("error: handbook.ftl: the document it made breaks the XHTML contract at line 5:"
                + " <figure> is not part of the XHTML contract inside <main>; see the contract in templates/README.md\n");
        assertThat(sandbox.outputs()).isEmpty();

        sandbox.write("templates/handbook.ftl", template.formatted("<p class=\"my-note\">A note</p>"));

        Run own = sandbox.export("--templates", root.resolve("templates").toString(), "--format", "pdf", "--format",
                "docx", "--format", "html");

        assertThat(own.exitCode()).as(own.toString()).isZero();
        assertThat(sandbox.outputs()).hasSize(3);
    }

    @Test
    void initWhereNoFolderCanBeMadeSaysWhy() throws Exception {
        Path file = Files.writeString(root.resolve("a-file"), "x");

        Run run = Run.of("init", file.resolve("roles").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cannot write " + file.resolve("roles")).doesNotContain("internal error");
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedBeforeAnythingIsRendered() throws Exception {
        Path file = Files.writeString(root.resolve("out"), "a file, not a folder");

        Run run = Run.of("export", "--out", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--out " + file + " is a file, not a folder");
    }
}
