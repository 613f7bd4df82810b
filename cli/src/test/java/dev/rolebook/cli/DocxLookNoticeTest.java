package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who gave headings a colour in the template folder's base.css and asks for DOCX is told
 * that DOCX takes its look from the reference document, once; a folder as `init` made it, or a
 * run without DOCX, says nothing of it.
 */
class DocxLookNoticeTest {
    private static final String NOTICE = "DOCX output does not follow style/base.css";

    @TempDir
    Path folder;

    @Test
    void aChangedStylesheetIsNamedWhenDocxIsMade() throws Exception {
        Path start = folder.resolve("my");
        assertThat(Run.of("init", start.toString()).exitCode()).isZero();
        Path templates = start.resolve("templates");
        Path out = folder.resolve("out");

        Run unchanged = Run.of("export", "--kind", "posting", "--role", "sales-consultant", "--lang", "en",
                "--templates", templates.toString(), "--format", "docx", "--out", out.toString());
        Path css = templates.resolve("style/base.css");
        Files.writeString(css, Files.readString(css) + "\nh1 { color: #b3001b }\n");
        Run red = Run.of("export", "--kind", "posting", "--role", "sales-consultant", "--lang", "en",
                "--templates", templates.toString(), "--format", "docx", "--format", "html", "--out", out.toString());
        Run pdfOnly = Run.of("export", "--kind", "posting", "--role", "sales-consultant", "--lang", "en",
                "--templates", templates.toString(), "--format", "pdf", "--out", out.toString());

        assertThat(unchanged.exitCode()).as(unchanged.toString()).isZero();
        assertThat(unchanged.err()).doesNotContain(NOTICE);
        assertThat(red.exitCode()).as(red.toString()).isZero();
        assertThat(red.err().split(NOTICE, -1)).as(red.toString()).hasSize(2);
        assertThat(red.err()).contains("warning: " + NOTICE, "--reference-doc");
        assertThat(pdfOnly.err()).doesNotContain(NOTICE);
    }
}
