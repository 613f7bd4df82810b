package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are already there, or named where a file should be, that are not what they seem: an
 * earlier sheet whose page tree reaches itself, or whose page has no size; a folder, a named pipe
 * or a device named as a catalog or a sheet; a Word file with a DOCTYPE; an employee listed twice.
 * Each is named with what is wrong with it, never blamed on a template or told in Java's words.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileExistingFilesTest {
    private static final String STAFF = """
            role,name,contract_number
            account-manager,Anna,A-1
            sales-consultant,Boris,A-2
            """;
    private static final String ADVICE = "; move it away, or run without --skip-existing to write it anew";

    @TempDir
    Path root;

    @Test
    void anEarlierSheetWhosePageTreeReachesItselfIsNamedNotTheTemplate() throws Exception {
        Path staff = Files.writeString(root.resolve("staff.csv"), STAFF);
        Path out = root.resolve("out");
        String[] batch = {"export", "--kind", "sheet", "--employees", staff.toString(), "--format", "pdf", "--merge",
            "--skip-existing", "--out", out.toString()};
        assertThat(Run.of(batch).exitCode()).isZero();
        Path sheet = out.resolve("A-1-account-manager.pdf");
        String pdf = Files.readString(sheet, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("(\\d+) 0 obj\\s*<</Kids\\[([^\\]]*)\\]/Type/Pages").matcher(pdf);
        assertThat(pages.find()).as("the page tree's root, written plainly").isTrue();
        String kids = pages.group(2);
        String self = kids.substring(0, kids.indexOf(" R") + 2) + " " + pages.group(1) + " 0 R";
        assertThat(self.length()).isLessThanOrEqualTo(kids.length());
        // The same length, so that the file's cross-reference table still holds.
        Files.writeString(sheet, pdf.substring(0, pages.start(2)) + String.format("%-" + kids.length() + "s", self)
                + pdf.substring(pages.end(2)), StandardCharsets.ISO_8859_1);

        Run run = Run.of(batch);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")).toList()).containsExactly(
                "error: " + staff + ":2: A-1-account-manager.pdf is already there but is not a whole PDF sheet written"
                        + " by rolebook (cut short, or made elsewhere)" + ADVICE);
        assertThat(run.out()).contains("sheets: 0 written, 1 skipped (already there), 1 failed");
    }

    @Test
    void anEarlierSheetWithoutAPageSizeIsNamedWhenTheSheetsAreMerged() throws Exception {
        Path staff = Files.writeString(root.resolve("staff.csv"), STAFF);
        Path out = root.resolve("out");
        String[] batch = {"export", "--kind", "sheet", "--employees", staff.toString(), "--format", "pdf", "--merge",
            "--skip-existing", "--out", out.toString()};
        assertThat(Run.of(batch).exitCode()).isZero();
        Path sheet = out.resolve("A-1-account-manager.pdf");
        Path merged = out.resolve("business-world.hy.sheets.pdf");
        byte[] before = Files.readAllBytes(merged);
        String pdf = Files.readString(sheet, StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/MediaBox[0 0 595.28 841.88]");
        Files.writeString(sheet, pdf.replace("/MediaBox[0 0 595.28 841.88]", "/MediaBox[0 0 /Huge 841.88] "),
                StandardCharsets.ISO_8859_1);

        Run run = Run.of(batch);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")).toList()).containsExactly(
                "error: " + merged + " not written: A-1-account-manager.pdf: page 1 has no size a PDF can have (its"
                        + " MediaBox is [0, 0, /Huge, 841.88]); make that sheet again");
        assertThat(run.out()).contains("sheets: 0 written, 2 skipped (already there), 0 failed");
        assertThat(Files.readAllBytes(merged)).as("the earlier bundle stays whole").isEqualTo(before);
    }

    @Test
    void aFolderPipeOrDeviceNamedAsAFileIsCalledWhatItIs() throws Exception {
        Path folder = Files.createDirectories(root.resolve("roles.yaml"));
        Path pipe = root.resolve("sheet.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        Path zeros = Path.of("/dev/zero");

        for (Path path : List.of(folder, pipe, zeros)) {
            String kind = path == folder ? "a folder" : path == pipe ? "a named pipe" : "a device";
            Run verify = Run.of("verify", path.toString());
            assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(verify.err()).as(verify.toString()).isEqualTo("error: " + path + " is " + kind + ", not a file\n");

            for (String[] args : List.of(new String[] {"diff", path.toString(), "business-world"},
                    new String[] {"export", "--catalog", path.toString(), "--out", root.resolve("out").toString()})) {
                Run run = Run.of(args);
                assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(run.err()).as(run.toString()).startsWith("error: catalog " + path + " is " + kind + ", not a file\n");
            }
        }
    }

    @Test
    void aWordFileWithADoctypeIsNotASheetAndNothingStrayIsPrinted() throws Exception {
        Path docx = root.resolve("sheet.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("customXml/item1.xml"));
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream err = System.err;
        Run run;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                stray.write(bytes, offset, length);
            }

            @Override
            public void write(int b) {
                stray.write(b);
            }
        });
        try {
            run = Run.of("verify", docx.toString());
        } finally {
            System.setErr(err);
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: " + docx + ": not a role sheet made by rolebook: it carries no record of a"
                + " role\n");
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("printed past the command's own error stream").isEmpty();
    }

    @Test
    void anEmployeeListedTwiceIsNamedByStatusAsExportFailsThem() throws IOException {
        Path staff = Files.writeString(root.resolve("staff.csv"), STAFF + "account-manager,Anna Avetisyan,A-1\n");

        Run status = Run.of("status", "--employees", staff.toString());

        assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(status.err().lines().toList()).containsExactly(
                "error: " + staff + ":2: the same contract_number and role as the row at line 4; export makes a sheet for"
                        + " neither: list each contract once",
                "error: " + staff + ":4: the same contract_number and role as the row at line 2; export makes a sheet for"
                        + " neither: list each contract once",
                "error: " + staff + ": 2 rows cannot be checked");
        Run export = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--format", "html",
                "--out", root.resolve("out").toString());
        assertThat(export.err()).contains(staff + ":2: its file name 'A-1-account-manager' is also that of the row at line 4");
    }
}
