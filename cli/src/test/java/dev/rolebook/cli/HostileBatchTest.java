package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Employee lists that would lose a row, overwrite a sheet or change its text without saying so:
 * each ends with the row reported at its line, counted as failed, and the documented exit code.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileBatchTest {
    @TempDir
    Path root;

    @Test
    void aRowWhoseTemplateNeverEndsFailsAndIsCountedTheOthersAreWritten() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/sheet.ftl", """
                <#macro deeper n><@deeper n + 1/></#macro>
                <#if (employee.name)! == "Boom"><@deeper 0/></#if>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>Sheet</title></head>
                <body><p>${(employee.name)!}</p></body></html>
                """);
        Path staff = sandbox.write("staff.csv", "role,name\naccount-manager,Anna\ntelesales-specialist,Boom\n"
                + "sales-consultant,Carl\n");

        Run run = sandbox.export("--kind", "sheet", "--templates", root.resolve("templates").toString(),
                "--employees", staff.toString(), "--merge");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains(staff + ":3: sheet.ftl: the template calls itself without end");
        assertThat(run.out()).contains("sheets: 2 written, 0 skipped (already there), 1 failed");
        assertThat(sandbox.outputs()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("1-account-manager.pdf", "3-sales-consultant.pdf", "business-world.hy.sheets.pdf");
        assertThat(new PdfReader(sandbox.output("sheets.pdf").toString()).getNumberOfPages()).isEqualTo(2);
    }

    @Test
    void aSheetNamedLikeTheMergedFileIsNotReplacedByIt() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", "role,name,file\naccount-manager,Anna,business-world.hy.sheets\n"
                + "telesales-specialist,Boris,boris\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--name", "{file}", "--merge");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains(staff + ":2: its file name 'business-world.hy.sheets' is that of the merged file");
        assertThat(run.out()).contains("1 written", "1 failed", "(1 sheet merged for printing)");
        assertThat(Sandbox.text(sandbox.output("sheets.pdf"))).contains("Boris").doesNotContain("Anna");
    }

    @Test
    void namesThatDifferOnlyInCaseOrNormalisationAreOneFileAndBothRowsFail() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        // "é" written once composed (U+00E9) and once as e + combining acute (U+0301).
        Path staff = sandbox.write("staff.csv", "role,name\naccount-manager,Anna\nsales-consultant,ANNA\n"
                + "telesales-specialist,Ren\u00e9\nmarketing-manager,Rene\u0301\nbusiness-development-specialist,Zara\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--name", "{name}");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains(staff + ":2: its file name 'Anna' is also that of the row at line 3",
                staff + ":3:", staff + ":4:", staff + ":5:");
        assertThat(run.out()).contains("sheets: 1 written, 0 skipped (already there), 4 failed");
        assertThat(sandbox.outputs()).extracting(p -> p.getFileName().toString()).containsExactly("Zara.pdf");
    }

    @Test
    void aLongNameInAnotherScriptIsCutToWhatTheFileSystemTakes() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        String file = "職務記述書".repeat(30);   // 150 characters, 450 bytes in UTF-8
        Path staff = sandbox.write("staff.csv", "role,name,file\naccount-manager,Anna," + file + "\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--name", "{file}", "--format", "pdf",
                "--format", "docx");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sandbox.outputs()).hasSize(2).allSatisfy(output -> {
            String written = output.getFileName().toString();
            assertThat(written.getBytes(StandardCharsets.UTF_8).length).as(written).isLessThanOrEqualTo(255);
            assertThat(file).startsWith(written.substring(0, written.lastIndexOf('.')));
        });
    }

    @Test
    void aColumnNamedTwiceIsRefusedAtTheHeader() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", "role,name, name\naccount-manager,Anna,Boris\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(staff + ":1: the header names the column 'name' twice (columns 2 and 3)");
    }

    @Test
    void aContractNumberThatLooksLikeAPlaceholderIsPrintedAsWritten() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", "role,name,contract_number,contract_date\n"
                + "account-manager,Anna,A{contract-date}B,2026-01-12\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Sandbox.text(sandbox.output(".pdf"))).contains("A{contract-date}B").contains("January 12, 2026");
    }

    @Test
    void aCellOrRowWithoutBoundFailsAtItsRowQuickly() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", "role,name\naccount-manager,Anna\nsales-consultant," + "x".repeat(1_000_000)
                + "\nmarketing-manager,\"" + "y".repeat(3_000_000) + "\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains(staff + ":3: the cell 'name' has 1,000,000 characters; a cell may have 100,000",
                staff + ":4: a row longer than");
        assertThat(run.out()).contains("sheets: 1 written, 0 skipped (already there), 2 failed");
    }

    @Test
    void aDeviceOrPipeAsTheEmployeeListIsRefused() throws Exception {
        Path zeros = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zeros), "no /dev/zero on this system");
        Sandbox sandbox = new Sandbox(root);

        Run run = sandbox.export("--kind", "sheet", "--employees", zeros.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("employee list /dev/zero is not a file");
    }
}
