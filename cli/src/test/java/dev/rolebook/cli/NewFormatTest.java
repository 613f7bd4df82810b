package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format added without a change to the command: {@link TextFormat}, registered only in the test
 * classpath, is offered, written and reported like the others, and the options it does not honour
 * are refused by what the formats declare.
 */
class NewFormatTest {
    @TempDir
    Path root;

    @Test
    void aFormatOfItsOwnIsWrittenThroughTheCommand() throws Exception {
        Sandbox sandbox = new Sandbox(root);

        Run run = Run.of("export", "--kind", "posting", "--role", "account-manager", "--lang", "en", "--format", "txt",
                "--format", "pdf", "--out", sandbox.out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path text = sandbox.out.resolve("business-world.en.posting.account-manager.txt");
        assertThat(Files.readString(text)).contains("Account Manager");
        assertThat(run.out()).contains("wrote " + OutputName.display(text) + " (")
                .containsPattern("posting.account-manager.pdf \\(\\d+ pages?, ");
    }

    @Test
    void optionsNoChosenFormatHonoursAreRefusedNamingTheFormatsThatDo() {
        Run booklet = Run.of("export", "--booklet", "--format", "txt", "--out", root.toString());
        Run merge = Run.of("export", "--kind", "sheet", "--employees", "staff.csv", "--merge", "--format", "txt",
                "--out", root.toString());

        assertThat(booklet.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(booklet.err()).contains("--booklet imposes PDF pages; add --format pdf");
        assertThat(merge.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(merge.err()).contains("--merge joins PDF sheets; add --format pdf");
    }
}
