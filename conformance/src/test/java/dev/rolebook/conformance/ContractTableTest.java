package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.cli.Rolebook;
import dev.rolebook.testing.ExternalTool;
import dev.rolebook.testing.PdfText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the XHTML contract's table (templates/README.md) that the PDF and DOCX formats once
 * read differently, checked in both on a template of a user's own: a running header marked with
 * other classes beside {@code running-header}, and {@code page-break-before} in a posting.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContractTableTest {
    private static final String HEAD = "Running head words";
    @TempDir
    static Path root;
    private static Path pdf;
    private static Path docx;

    @BeforeAll
    static void export() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.writeString(templates.resolve("posting.ftl"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Contract rows</title>
                <link rel="stylesheet" href="style/base.css"/>
                <link rel="stylesheet" href="style/paged.css" media="print"/>
                </head><body>
                <div class="box running-header">%s</div>
                <main><h1>First page</h1><p>One.</p>
                <section class="my-own page-break-before"><h2>Second page</h2><p>Two.</p></section>
                </main></body></html>
                """.formatted(HEAD));
        Path out = root.resolve("out");
        StringWriter err = new StringWriter();
        int exit = Rolebook.execute(new String[] {"export", "--kind", "posting", "--role", "account-manager",
            "--lang", "en", "--templates", templates.toString(), "--format", "pdf", "--format", "docx",
            "--reproducible", "--out", out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".pdf")) {
                    pdf = file;
                } else if (file.toString().endsWith(".docx")) {
                    docx = file;
                }
            }
        }
    }

    @Test
    void aRunningHeaderAmongOtherClassesIsAPageHeaderInPdfAndDocx() throws Exception {
        ExternalTool.PDFTOTEXT.require();
        int pages = pages(pdf);
        for (int page = 1; page <= pages; page++) {
            String top = ExternalTool.PDFTOTEXT.run("-f", "" + page, "-l", "" + page, "-y", "0", "-H", "48", "-W", "1000",
                    pdf.toString(), "-").output();
            assertThat(top).as("page %d's header", page).contains(HEAD);
        }
        assertThat(PdfText.body(pdf)).as("not in the PDF's body").doesNotContain(HEAD);

        assertThat(parts(docx, "word/header")).as("the DOCX header").anySatisfy(xml -> assertThat(xml).contains(HEAD));
        assertThat(parts(docx, "word/document.xml").get(0)).as("not in the DOCX body").doesNotContain(HEAD);
    }

    @Test
    void pageBreakBeforeStartsANewPageInPdfAndDocx() throws Exception {
        ExternalTool.PDFTOTEXT.require();
        assertThat(pages(pdf)).isEqualTo(2);
        String second = ExternalTool.PDFTOTEXT.run("-f", "2", "-l", "2", pdf.toString(), "-").output();
        assertThat(second).contains("Second page").doesNotContain("First page");

        String body = parts(docx, "word/document.xml").get(0);
        String between = body.substring(body.indexOf("First page"), body.indexOf("Second page"));
        assertThat(between).as("a page break between the two headings")
                .containsAnyOf("w:type=\"page\"", "<w:pageBreakBefore");
    }

    private static int pages(Path file) throws Exception {
        String info = ExternalTool.PDFINFO.run(file.toString()).output();
        return Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    }

    private static List<String> parts(Path file, String prefix) throws Exception {
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith(prefix)) {
                    parts.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
