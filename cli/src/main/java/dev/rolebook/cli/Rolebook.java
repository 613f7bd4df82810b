package dev.rolebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rolebook", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turns a catalog of job roles into job postings, training handbooks and contract role sheets."},
        subcommands = {ExportCommand.class, ValidateCommand.class, ListCommand.class, InitCommand.class,
            CompletionCommand.class, PreviewCommand.class, DiffCommand.class, StatusCommand.class, VerifyCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook export                      the bundled handbook as out/business-world.hy.handbook.pdf",
            "  rolebook list                        roles and their ids",
            "  rolebook init my-roles               a folder to start your own catalog and templates",
            "  rolebook export --help               everything export can do",
            "",
            ExitCodes.HELP_SECTION})
public final class Rolebook implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command with the given streams; the exit code is returned, not acted on. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        ErrorHandling errors = new ErrorHandling();
        CommandLine command = new CommandLine(new Rolebook())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        return command.execute(args);
    }
}
