package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import dev.rolebook.testing.PdfWords;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Role sheets for an employee list: one per row, safe names, bad rows reported and skipped. */
class SheetBatchTest {
    @TempDir
    Path root;

    @Test
    void theSampleListGivesTwentySheetsAndAMergedPdf() throws Exception {
        Path staff = sample();
        Path out = root.resolve("out");

        Run run = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--merge", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(files(out)).hasSize(21).contains("ԱՊ-2026_001-account-manager.pdf",
                "ԱՊ-2026_020-marketing-manager.pdf", "business-world.hy.sheets.pdf");
        PdfReader merged = new PdfReader(out.resolve("business-world.hy.sheets.pdf").toString());
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(merged);
        assertThat(bookmarks).as("a bookmark per employee").hasSize(20);
        int page = 1;
        List<String> lines = Files.readAllLines(staff).subList(1, 21);
        for (int row = 0; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            String name = cells[1].replace("\"\"", "\u0000").replace("\"", "").replace("\u0000", "\"");
            Path sheet = out.resolve(cells[2].replace('/', '_') + "-" + cells[0] + ".pdf");
            PdfWords words = PdfWords.of(sheet);
            // The signatures may stand alone on the last page: that page still says whose sheet it is.
            String lastPage = words.page(words.pages().size()).text();
            assertThat(lastPage).as("last page of the sheet of " + name).contains(name, cells[2]);
            assertThat(page % 2).as(name + "'s sheet starts on the front of a sheet of paper, page " + page).isEqualTo(1);
            assertThat(bookmarks.get(row).get("Title")).as("bookmark").asString().contains(name);
            assertThat(bookmarks.get(row).get("Page")).as("bookmark of " + name).isEqualTo(page + " Fit");
            page += (words.pages().size() + 1) / 2 * 2;
        }
        assertThat(merged.getNumberOfPages()).as("the bundle is the sheets and the blanks between them")
                .isBetween(page - 2, page - 1);
        assertThat(run.out()).containsPattern("sheets: 20 written, 0 skipped \\(already there\\), 0 failed; [0-9.]+ s, [0-9.]+ documents/s");

        Path archive = root.resolve("archive");
        Run pdfa = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--pdfa", "--quiet",
                "--out", archive.toString());
        assertThat(pdfa.exitCode()).as(pdfa.toString()).isZero();
        String annex = new String(Files.readAllBytes(archive.resolve("ԱՊ-2026_007-sales-consultant.pdf")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        // PDF/A-3b, the level that lets the sheet carry its role's record as an embedded file.
        assertThat(annex).contains("/OutputIntents", "<pdfaid:part>3</pdfaid:part>", "/AFRelationship/Data");

        Run again = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--skip-existing", "--out", out.toString());
        assertThat(again.out()).contains("sheets: 0 written, 20 skipped (already there), 0 failed");
    }

    @Test
    void badRowsAreReportedAtTheirLineAndTheOthersWritten() throws Exception {
        Path staff = Files.writeString(root.resolve("staff.csv"), """
                role,name,contract_number,contract_date
                account-manager,Anna Hakobyan,A-1,2026-01-12
                acount-manager,Davit Sargsyan,A-2,2026-01-12
                sales-consultant,Mariam,../../x,2026-01-12
                sales-consultant,,A-4,2026-01-12
                telesales-specialist,Narek,A-5,2026-01-12
                telesales-specialist,Lusine,A-5,2026-01-12
                marketing-manager,Armen,A-7,12.01.2026
                marketing-manager,"Sona ""the best"" Khachatryan",/etc/passwd,2026-01-12
                account-manager,"Broken "quote,A-9,2026-01-12
                account-manager,After the break,A-10,2026-01-12
                """);
        Path out = root.resolve("out");

        Run run = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--format", "pdf",
                "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly(
                "error: " + staff + ":3: unknown role 'acount-manager'; did you mean 'account-manager'?",
                "error: " + staff + ":5: the name is empty",
                "error: " + staff + ":6: its file name 'A-5-telesales-specialist' is also that of the row at line 7;"
                        + " make the names unique (contract numbers, or another --name)",
                "error: " + staff + ":7: its file name 'A-5-telesales-specialist' is also that of the row at line 6;"
                        + " make the names unique (contract numbers, or another --name)",
                "error: " + staff + ":8: contract_date '12.01.2026' is not a date written YYYY-MM-DD",
                "error: " + staff + ":10: broken quoting (a \" inside a quoted cell is written \"\"); this row and"
                        + " those after it were not read");
        assertThat(files(out)).containsExactlyInAnyOrder(
                "A-1-account-manager.docx", "A-1-account-manager.pdf",
                "_etc_passwd-marketing-manager.docx", "_etc_passwd-marketing-manager.pdf",
                "_._x-sales-consultant.docx", "_._x-sales-consultant.pdf");
        try (Stream<Path> everything = Files.walk(root)) {
            assertThat(everything.filter(Files::isRegularFile).filter(p -> !p.startsWith(out)).map(Path::getFileName)
                    .map(Path::toString).toList()).containsExactly("staff.csv");
        }
        assertThat(run.out()).contains("sheets: 6 written, 0 skipped (already there), 6 failed");
    }

    @Test
    void aListWithoutANameColumnIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path staff = Files.writeString(root.resolve("staff.csv"), "role,employee\naccount-manager,Anna\n");
        Run run = Run.of("export", "--kind", "sheet", "--employees", staff.toString(), "--out", root.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + staff + ":1: the header has no 'name' column (it has: role, employee);"
                + " required: role, name\n");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void sheetNamesStayPlainFileNames() {
        assertThat(SheetName.sanitize("../../x")).isEqualTo("_._x");
        assertThat(SheetName.sanitize("/etc/passwd")).isEqualTo("_etc_passwd");
        assertThat(SheetName.sanitize("CON")).isEqualTo("_CON");
        assertThat(SheetName.sanitize("a\u0000b\tc:d*e?f\"g<h>i|j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
        assertThat(SheetName.sanitize("x".repeat(300))).hasSize(200);
        assertThat(SheetName.sanitize("Ա".repeat(300))).as("200 bytes, 2 a letter").hasSize(100);
        assertThat(SheetName.sanitize("...")).isEqualTo("_");
        assertThat(SheetName.sanitize("Աննա Հակոբյան")).isEqualTo("Աննա Հակոբյան");
    }

    private Path sample() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("staff.csv")) {
            return Files.write(root.resolve("staff.csv"), in.readAllBytes());
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
