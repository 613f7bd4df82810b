package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
        // The two one-page sheets and a blank between them, so that the second starts on the front of a leaf.
        assertThat(new PdfReader(sandbox.output("sheets.pdf").toString()).getNumberOfPages()).isEqualTo(3);
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
    void aListWithBytesThatAreNotUtf8IsRefusedAtTheRightLineBeforeAnySheet() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        csv.writeBytes("role,name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int line = 2; line <= 3000; line++) {
            csv.writeBytes(("account-manager,Անձ " + line).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (line == 2502) {
                csv.write(0xFF);
            }
            csv.write('\n');
        }
        Path staff = sandbox.write("staff.csv", csv.toByteArray());
        // Saved by a Russian Windows in its own code page, as Excel does unless told "CSV UTF-8".
        Path windows = sandbox.write("windows.csv", "role,name\naccount-manager,Иван\n".getBytes("windows-1251"));

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--format", "html");
        Run other = sandbox.export("--kind", "sheet", "--employees", windows.toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: " + staff + ":2502:25: byte 0xFF is not UTF-8; save the list as UTF-8"
                + " (in Excel: \"CSV UTF-8\"); no sheet was made\n");
        assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(other.err()).startsWith("error: " + windows + ":2:17: byte 0xC8 is not UTF-8 (nor are 3 more, on line 2)");
        assertThat(sandbox.outputs()).isEmpty();
    }

    @Test
    void aContractNumberThatLooksLikeAPlaceholderIsPrintedAsWritten() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", "role,name,contract_number,contract_date\n"
                + "account-manager,Anna,A{contract-date}B,2026-01-12\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Sandbox.text(sandbox.output(".pdf"))).contains("A{contract-date}B").contains("12 January 2026");
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

    @Test
    void aStoppedBatchSaysWhatItWroteAndLeavesNoTemporaryFile() throws Exception {
        StringBuilder csv = new StringBuilder("role,name\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i % 2 == 0 ? "account-manager" : "sales-consultant").append(",Person ").append(i).append('\n');
        }
        Path staff = java.nio.file.Files.writeString(root.resolve("staff.csv"), csv);
        Path out = root.resolve("out");
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process batch = new ProcessBuilder(javaBinary.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.rolebook.cli.Rolebook", "export", "--kind", "sheet", "--employees", staff.toString(), "--merge",
                "--out", out.toString())
                .redirectOutput(root.resolve("stdout.txt").toFile()).redirectError(root.resolve("stderr.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(out, ".pdf") < 20 && System.nanoTime() < deadline && batch.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(batch.isAlive()).as("the batch is still writing when it is stopped").isTrue();
            batch.destroy();   // SIGTERM, which runs the same shutdown as Ctrl-C
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            batch.destroyForcibly();
        }

        String err = java.nio.file.Files.readString(root.resolve("stderr.txt"));
        assertThat(err).containsPattern("interrupted: \\d+ written, 0 skipped, 0 failed of 2000 rows; run the same command"
                + " with --skip-existing");
        assertThat(count(out, ".part")).as("temporary files left").isZero();
    }

    /**
     * The same batch typed at a terminal, with its progress bar, and stopped with Ctrl-C: the key
     * is typed into a pseudo-terminal ({@code script}), whose line discipline sends SIGINT, as a
     * terminal does; nothing signals the process directly.
     */
    @Test
    void aBatchStoppedWithCtrlCAtATerminalSaysWhatItWroteAndLeavesNoTemporaryFile() throws Exception {
        dev.rolebook.testing.ExternalTool.SCRIPT.require();
        StringBuilder csv = new StringBuilder("role,name\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i % 2 == 0 ? "account-manager" : "sales-consultant").append(",Person ").append(i).append('\n');
        }
        Path staff = java.nio.file.Files.writeString(root.resolve("staff.csv"), csv);
        Path out = root.resolve("out");
        Path typed = root.resolve("terminal.txt");
        ProcessBuilder terminal = new ProcessBuilder("script", "--quiet", "--return", "--flush", "--command",
                "exec \"$JAVA\" -cp \"$CLASSPATH\" dev.rolebook.cli.Rolebook export --kind sheet --employees \"$STAFF\""
                        + " --out \"$OUT\"", "/dev/null")
                .redirectErrorStream(true).redirectOutput(typed.toFile());
        terminal.environment().putAll(java.util.Map.of("SHELL", "/bin/sh",
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "CLASSPATH", System.getProperty("java.class.path"), "STAFF", staff.toString(), "OUT", out.toString()));
        Process batch = terminal.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(out, ".pdf") < 20 && System.nanoTime() < deadline && batch.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(batch.isAlive()).as("the batch is still writing when it is stopped").isTrue();
            batch.getOutputStream().write(3);   // Ctrl-C
            batch.getOutputStream().flush();
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of Ctrl-C").isTrue();
        } finally {
            batch.destroyForcibly();
        }

        String seen = java.nio.file.Files.readString(typed);
        assertThat(seen).as("the progress bar was drawn: the run saw a terminal").contains("/2000");
        assertThat(seen).containsPattern("\nerror: interrupted: \\d+ written, 0 skipped, 0 failed of 2000 rows; run the"
                + " same command with --skip-existing");
        assertThat(batch.exitValue()).as(seen).isEqualTo(130);
        assertThat(count(out, ".part")).as("temporary files left").isZero();
    }

    /**
     * A disk that fills during the run, made as a small tmpfs in a mount namespace of the test's own
     * ({@code unshare}, as root or in a user namespace): every row is counted, written or failed, the
     * merged file's failure is its own line, the words are the system's, and nothing half-written stays.
     */
    @Test
    void aFullDiskNamesWhatWasNotWrittenAndKeepsEveryRowInTheSummary() throws Exception {
        StringBuilder csv = new StringBuilder("role,name\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("account-manager,Person ").append(i).append('\n');
        }
        Path staff = java.nio.file.Files.writeString(root.resolve("staff.csv"), csv);
        Path disk = java.nio.file.Files.createDirectories(root.resolve("disk"));
        String script = "mount -t tmpfs -o size=1500k tmpfs \"$1\" || exit 99\n"
                + "\"$2\" -cp \"$3\" dev.rolebook.cli.Rolebook export --kind sheet --employees \"$4\" --merge"
                + " --out \"$1/out\" > \"$5\" 2>&1\ncode=$?\nls -A \"$1/out\"\nexit $code\n";
        Path err = root.resolve("printed.txt");
        List<String> command = new java.util.ArrayList<>(List.of("unshare", "--mount"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of("sh", "-c", script, "sh", disk.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
                staff.toString(), err.toString()));
        Process run;
        try {
            run = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            dev.rolebook.testing.ExternalTool.missing("unshare is not installed (apt-get install util-linux)");
            return;
        }
        String listing = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor(3, TimeUnit.MINUTES)).isTrue();
        if (run.exitValue() == 99) {
            dev.rolebook.testing.ExternalTool.missing("a small disk cannot be mounted here (unshare --mount: " + listing.strip()
                    + ")");
        }
        String printed = java.nio.file.Files.readString(err);

        assertThat(run.exitValue()).as(printed).isEqualTo(ExitCodes.SOME_FAILED);
        java.util.regex.Matcher summary = java.util.regex.Pattern
                .compile("sheets: (\\d+) written, 0 skipped \\(already there\\), (\\d+) failed").matcher(printed);
        assertThat(summary.find()).as(printed).isTrue();
        int written = Integer.parseInt(summary.group(1));
        int failed = Integer.parseInt(summary.group(2));
        assertThat(written + failed).as("every row counted").isEqualTo(60);
        assertThat(failed).as("the disk filled before the last sheet").isPositive();
        assertThat(printed).contains("not written: No space left on device")
                .contains("business-world.hy.sheets.pdf not written: No space left on device")
                .doesNotContain("java.", "Exception");
        assertThat(listing.lines().filter(name -> name.endsWith(".pdf")).count()).isEqualTo(written);
        assertThat(listing).as("no temporary file left").doesNotContain(".part");
    }

    /**
     * What --skip-existing finds in the folder: a sheet of an earlier run is skipped; a cut-short
     * file, a link, a sheet of another row and a sheet of an older list are named and not merged.
     */
    @Test
    void skipExistingSkipsOnlyWholeSheetsOfTheSameRow() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path staff = sandbox.write("staff.csv", """
                role,name,contract_number
                account-manager,Anna,A-1
                sales-consultant,Boris,A-2
                account-manager,Karen,A-3
                account-manager,Lilit,A-4
                account-manager,Mher,A-5
                """);
        String[] batch = {"--kind", "sheet", "--employees", staff.toString(), "--format", "pdf", "--format", "docx",
            "--format", "html", "--merge", "--skip-existing"};
        Run first = sandbox.export(batch);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Run again = sandbox.export(batch);
        assertThat(again.out()).as("an earlier run's sheets are recognised").contains("0 written, 15 skipped");

        Path out = sandbox.out;
        cut(out.resolve("A-1-account-manager.pdf"), 3000);
        cut(out.resolve("A-2-sales-consultant.docx"), 2000);
        java.nio.file.Files.delete(out.resolve("A-3-account-manager.html"));
        java.nio.file.Files.createSymbolicLink(out.resolve("A-3-account-manager.html"), out.resolve("A-4-account-manager.html"));
        java.nio.file.Files.copy(out.resolve("A-2-sales-consultant.pdf"), out.resolve("A-4-account-manager.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Mher's sheet from a list where his contract date was another.
        java.nio.file.Files.writeString(staff, java.nio.file.Files.readString(staff).replace("account-manager,Mher,A-5",
                "account-manager,Mher Mheryan,A-5"));

        // Not through the sandbox, whose check that every output is whole these files, cut by the test, fail.
        List<String> args = new java.util.ArrayList<>(List.of("export"));
        args.addAll(List.of(batch));
        args.addAll(List.of("--out", out.toString()));
        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        String advice = "; move it away, or run without --skip-existing to write it anew";
        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")).sorted().toList()).containsExactly(
                "error: " + staff + ":2: A-1-account-manager.pdf is already there but is not a whole PDF sheet written"
                        + " by rolebook (cut short, or made elsewhere)" + advice,
                "error: " + staff + ":3: A-2-sales-consultant.docx is already there but is not a whole DOCX sheet"
                        + " written by rolebook (cut short, or made elsewhere)" + advice,
                "error: " + staff + ":4: A-3-account-manager.html is already there but is a link to another file" + advice,
                "error: " + staff + ":5: A-4-account-manager.pdf is already there but was made from other content"
                        + " (another row, an older list, catalog or template, or other options)" + advice,
                "error: " + staff + ":6: A-5-account-manager.docx is already there but was made from other content"
                        + " (another row, an older list, catalog or template, or other options)" + advice,
                "error: " + staff + ":6: A-5-account-manager.html is already there but was made from other content"
                        + " (another row, an older list, catalog or template, or other options)" + advice,
                "error: " + staff + ":6: A-5-account-manager.pdf is already there but was made from other content"
                        + " (another row, an older list, catalog or template, or other options)" + advice);
        assertThat(run.out()).contains("sheets: 0 written, 8 skipped (already there), 7 failed")
                .contains("(2 sheets merged for printing)");
    }

    private static void cut(Path file, int bytes) throws java.io.IOException {
        byte[] whole = java.nio.file.Files.readAllBytes(file);
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(whole, bytes));
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNextOnceStale() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        Path stale = java.nio.file.Files.createDirectories(sandbox.out).resolve(".old-sheet.pdf.1f2e3d4c5b6a7980.part");
        java.nio.file.Files.write(stale, new byte[1024]);
        java.nio.file.Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path staff = sandbox.write("staff.csv", "role,name\naccount-manager,Anna\n");

        Run run = sandbox.export("--kind", "sheet", "--employees", staff.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("removed 1 unfinished file that an interrupted run left in " + sandbox.out);
        assertThat(stale).doesNotExist();
    }

    private static long count(Path folder, String ending) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)).count();
        }
    }
}
