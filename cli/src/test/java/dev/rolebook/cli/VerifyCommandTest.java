package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet signed today, read back years later: the file alone says whose it is and which text of
 * the role it states; against a changed catalog, what changed since; an altered record is refused.
 */
class VerifyCommandTest {
    private static final String DUTY = "Նոր հաճախորդներ ներգրավելու համար սառը զանգեր կատարելը:";
    private static final String DUTY_NOW = "Նոր հաճախորդներ ներգրավելու համար ամեն օր զանգեր կատարելը:";

    @TempDir
    Path folder;

    private Path catalog;
    private Path out;

    @BeforeEach
    void sheetsSignedToday() throws IOException {
        try (InputStream in = VerifyCommandTest.class.getResourceAsStream("/dev/rolebook/catalogs/business-world.hy.yaml")) {
            catalog = Files.write(folder.resolve("roles.yaml"), in.readAllBytes());
        }
        Path staff = Files.writeString(folder.resolve("staff.csv"),
                "role,name,contract_number\ntelesales-specialist,Narek Hovhannisyan,ԱՊ-2026/004\n");
        out = folder.resolve("out");
        Run export = Run.of("export", "--kind", "sheet", "--catalog", catalog.toString(), "--employees", staff.toString(),
                "--format", "pdf", "--format", "docx", "--format", "html", "--pdfa", "--out", out.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
    }

    @Test
    void eachFormatSaysWhoseSheetItIsAndWhatChangedSince() throws IOException {
        for (String format : List.of("pdf", "docx", "html")) {
            Path sheet = out.resolve("ԱՊ-2026_004-telesales-specialist." + format);
            Run read = Run.of("verify", sheet.toString(), "--catalog", catalog.toString());
            assertThat(read.exitCode()).as(read.toString()).isZero();
            assertThat(read.out()).contains(sheet + ": role sheet of Narek Hovhannisyan, contract ԱՊ-2026/004")
                    .contains("role telesales-specialist «Հեռավաճառքի մասնագետ», version 731a54c8")
                    .contains("current: " + catalog + " states the same text");
        }

        Files.writeString(catalog, Files.readString(catalog).replace(DUTY, DUTY_NOW));
        for (String format : List.of("pdf", "docx", "html")) {
            Run later = Run.of("verify", out.resolve("ԱՊ-2026_004-telesales-specialist." + format).toString(),
                    "--catalog", catalog.toString());
            assertThat(later.exitCode()).as(later.toString()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(later.out()).contains("not current: " + catalog + " has version ")
                    .contains("  ~ duty under «Վաճառքի զանգերի նախաձեռնում:»\n"
                            + "      Նոր հաճախորդներ ներգրավելու համար [-սառը-] {+ամեն օր+} զանգեր կատարելը:");
        }
    }

    @Test
    void anAlteredRecordOrAnotherFileIsRefused() throws IOException {
        Path docx = out.resolve("ԱՊ-2026_004-telesales-specialist.docx");
        Path altered = folder.resolve("altered.docx");
        rewrite(docx, altered, "customXml/item1.xml", text -> text.replace("սառը զանգեր", "տաք զանգեր"));
        Run refused = Run.of("verify", altered.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains(altered + ": its record of the role was altered: its texts are not those of"
                + " version 731a54c8");

        Path html = out.resolve("ԱՊ-2026_004-telesales-specialist.html");
        Path alteredPage = Files.writeString(folder.resolve("altered.html"),
                Files.readString(html).replace("\"version\":\"731a54c8\"", "\"version\":\"731a54c9\""));
        assertThat(Run.of("verify", alteredPage.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);

        Path other = Files.writeString(folder.resolve("letter.html"), "<!DOCTYPE html><html><body>Dear HR</body></html>");
        Run notOurs = Run.of("verify", other.toString());
        assertThat(notOurs.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notOurs.err()).contains("not a role sheet made by rolebook").doesNotContain("Exception");
        assertThat(Run.of("verify", folder.resolve("missing.pdf").toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** Word keeps a document's custom XML parts when it saves; LibreOffice, which the tests have, does too. */
    @Test
    void theDocxRecordOutlivesASaveByAnotherProgram() throws Exception {
        ExternalTool.SOFFICE.require();
        Path saved = Files.createDirectories(folder.resolve("saved"));
        Process convert = new ProcessBuilder("soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                saved.toString(), out.resolve("ԱՊ-2026_004-telesales-specialist.docx").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.txt").toFile()).start();
        assertThat(convert.waitFor(3, TimeUnit.MINUTES)).isTrue();
        Path again = saved.resolve("ԱՊ-2026_004-telesales-specialist.docx");
        assertThat(again).as(Files.readString(folder.resolve("soffice.txt"))).exists();
        Run read = Run.of("verify", again.toString());
        assertThat(read.exitCode()).as(read.toString()).isZero();
        assertThat(read.out()).contains("role sheet of Narek Hovhannisyan").contains("version 731a54c8");
    }

    private static void rewrite(Path docx, Path to, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String changed = change.apply(text);
                    assertThat(changed).as("the alteration found its text").isNotEqualTo(text);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }
}
