package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolebook.testing.ExternalTool;
import dev.rolebook.xhtml.export.Exporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script as bash runs it, the help a person reads, and the commands init suggests. */
class CompletionAndHelpTest {
    @TempDir
    Path folder;

    /** What bash offers after the words typed: the script sourced, its function called as bash would. */
    private List<String> offered(Path script, String words) throws Exception {
        // The function is the one 'complete' registered, called in this shell (not a pipe's subshell).
        String run = String.format("cd '%s' && source '%s' 2>/dev/null; COMP_WORDS=(rolebook %s);"
                + " COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE=\"${COMP_WORDS[*]}\";"
                + " f=$(complete -p rolebook | grep -o '_complete_rolebook[a-z_]*'); $f 2>/dev/null;"
                + " printf '%%s\\n' \"${COMPREPLY[@]}\"", folder, script, words);
        ExternalTool.Result result = ExternalTool.BASH.run("-c", run);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output().lines().filter(line -> !line.isEmpty()).sorted().toList();
    }

    @Test
    void completionOffersEachOptionsValuesAndCatalogFiles() throws Exception {
        ExternalTool.BASH.require();
        Path script = folder.resolve("completion.bash");
        Files.writeString(script, Run.of("completion").out());
        Files.writeString(folder.resolve("roles.yaml"), "");
        Files.createDirectory(folder.resolve("rates"));

        assertThat(offered(script, "export --kind ''")).containsExactly("changes", "handbook", "posting", "sheet");
        assertThat(offered(script, "export --format ''")).as("every format registered (a test adds one)")
                .contains("docx", "html", "pdf").containsExactlyElementsOf(Exporters.formats().stream().sorted().toList());
        assertThat(offered(script, "export --paper ''")).containsExactly("A4", "A5", "LETTER");
        assertThat(offered(script, "export --lang ''")).containsExactly("en", "hy", "ru");
        assertThat(offered(script, "preview --paper ''")).containsExactly("A4", "A5", "LETTER");
        assertThat(offered(script, "export --catalog ''"))
                .as("a file or a bundled catalog's id").containsExactly("business-world", "completion.bash", "rates", "roles.yaml");
        assertThat(offered(script, "list --catalog r")).containsExactly("rates", "roles.yaml");
        assertThat(offered(script, "export --since b")).containsExactly("business-world");
        assertThat(offered(script, "diff ''")).containsExactly("business-world", "completion.bash", "rates", "roles.yaml");
        assertThat(offered(script, "diff --lang ''")).containsExactly("en", "hy", "ru");
        assertThat(offered(script, "help ex")).containsExactly("export");
    }

    @Test
    void helpNamesEveryCommandWholeAndItsExamplesWork() {
        Run help = Run.of("help", "export");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).isEqualTo(Run.of("export", "--help").out());

        String top = Run.of("--help").out();
        assertThat(top).contains("  init        Create a folder to start your own catalog and templates in.\n",
                "rolebook.yaml", "--no-project", "  help        ");
        for (String command : List.of("", "export", "validate", "list", "init", "completion", "preview", "diff", "status",
                "verify")) {
            assertThat(Run.of(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"}).out().lines())
                    .as("no line of the help of '%s' wider than a terminal's 80 columns (picocli would wrap it at"
                            + " the margin)", command)
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        }

        String preview = Run.of("preview", "--help").out();
        assertThat(preview).doesNotContain("catalog.yaml").contains("cd my-roles && rolebook preview");
    }

    @Test
    void initSuggestsTheCommandAsItWasTypedFromTheFolderItMade() {
        assertThat(CommandName.in(Path.of("my-roles"), "./rolebook")).isEqualTo("../rolebook");
        assertThat(CommandName.in(Path.of("."), "./rolebook")).isEqualTo("./rolebook");
        assertThat(CommandName.in(Path.of("a", "b c"), "../tools/rolebook")).isEqualTo("../../../tools/rolebook");
        assertThat(CommandName.in(Path.of("my-roles"), "rolebook")).isEqualTo("rolebook");
        assertThat(CommandName.in(Path.of("my-roles"), null)).isEqualTo("rolebook");
        assertThat(CommandName.in(Path.of("my-roles"), "/opt/my tools/rolebook")).isEqualTo("'/opt/my tools/rolebook'");

        Path made = folder.resolve("my roles");
        Run init = Run.of("init", made.toString());
        assertThat(init.out()).contains("next: cd '" + made + "' && rolebook preview  (then open the address it prints");
    }
}
