package dev.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template folders that would run for ever or write without end: each document stops at the time
 * or size limit with a message saying so (the tests set the time limit to 3 s, rolebook's own is
 * 30 s), and the run ends with the documented exit code instead of hanging.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileTemplateLoopTest {
    @TempDir
    Path root;

    @Test
    void aLoopWithoutEndInTheTemplateStopsAtTheTimeLimit() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/posting.ftl", "<#list 1.. as i></#list>");

        Run run = sandbox.export("--kind", "posting", "--role", "account-manager", "--templates",
                root.resolve("templates").toString());

        assertThat(run.exitCode()).as(run.toString()).isNotZero().isNotEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("posting.ftl: the template took longer than 3 s for one document");
        assertThat(sandbox.outputs()).isEmpty();
    }

    @Test
    void aLoopWithoutEndInAnIncludedMacroStopsToo() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/lib/common.ftl", "<#macro head title subject stylesheets><#list 1.. as i></#list></#macro>");

        Run run = sandbox.export("--kind", "sheet", "--role", "account-manager", "--templates",
                root.resolve("templates").toString());

        assertThat(run.exitCode()).as(run.toString()).isNotZero().isNotEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("the template took longer than 3 s");
    }

    /**
     * Run in a Java of its own whose time limit is ten minutes: in this test's Java the 3 s limit
     * would race the size limit on a loaded machine, and a test must show one limit at a time.
     */
    @Test
    void aTemplateThatWritesWithoutEndStopsAtTheSizeLimit() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/posting.ftl", "<#list 1.. as i>${\"x\"?left_pad(1000000)}</#list>");
        Path out = root.resolve("out");
        Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drolebook.template.seconds=600", "-cp", System.getProperty("java.class.path"), "dev.rolebook.cli.Rolebook",
                "export", "--kind", "posting", "--role", "account-manager", "--templates", root.resolve("templates").toString(),
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("printed.txt").toFile()).start();
        try {
            assertThat(export.waitFor(90, TimeUnit.SECONDS)).as("the export ended").isTrue();
        } finally {
            export.destroyForcibly();
        }

        String printed = Files.readString(root.resolve("printed.txt"));
        assertThat(export.exitValue()).as(printed).isNotZero().isNotEqualTo(ExitCodes.INTERNAL);
        assertThat(printed).contains("posting.ftl: the template writes more than 64 MB for one document")
                .doesNotContain("took longer", "Exception");
        assertThat(sandbox.outputs()).isEmpty();
    }

    @Test
    void aTemplateThatCallsItselfIsATemplateErrorNotAStackTrace() throws Exception {
        Sandbox sandbox = new Sandbox(root);
        sandbox.write("templates/sheet.ftl", "<#macro again><@again/></#macro><@again/>");
        sandbox.write("templates/posting.ftl", "<#include \"posting.ftl\">");

        for (String kind : List.of("sheet", "posting")) {
            Run run = sandbox.export("--kind", kind, "--role", "account-manager", "--templates",
                    root.resolve("templates").toString());

            assertThat(run.exitCode()).as(run.toString()).isNotZero().isNotEqualTo(ExitCodes.INTERNAL);
            assertThat(run.err()).contains(kind + ".ftl: the template calls itself without end");
        }
    }
}
