package dev.rolebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rolebook", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turns a catalog of job roles into job postings, training handbooks and contract role sheets.",
            "",
            "In a folder with a " + ProjectFile.NAME + " (rolebook init writes one), the commands take from it the"
                    + " --catalog, --lang, --templates, --reference-doc, --out and --paper not typed; what is typed wins,"
                    + " and " + ProjectOption.NAME + " ignores the file. Paths in it are relative to its folder.",
            ""},
        subcommands = {ExportCommand.class, ValidateCommand.class, ListCommand.class, InitCommand.class,
            CompletionCommand.class, PreviewCommand.class, DiffCommand.class, StatusCommand.class, VerifyCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook export",
            "      the bundled handbook: out/business-world.hy.handbook.pdf",
            "  rolebook list",
            "      roles and their ids",
            "  rolebook init my-roles",
            "      a folder to start your own catalog and templates, with a " + ProjectFile.NAME + " naming them",
            "  rolebook help export",
            "      everything export can do (as rolebook export --help)",
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
        return execute(args, out, err, Path.of(""));
    }

    /** As if run in {@code folder}, whose {@code rolebook.yaml} it reads. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Path folder) {
        ErrorHandling errors = new ErrorHandling();
        CommandLine command = new CommandLine(new Rolebook())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setDefaultValueProvider(new ProjectDefaults(folder));
        return command.execute(args);
    }
}
