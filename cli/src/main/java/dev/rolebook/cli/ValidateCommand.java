package dev.rolebook.cli;

import dev.rolebook.model.load.CatalogLoader;
import dev.rolebook.model.load.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate",
        description = {"Check catalog files and report every error and warning with its file, line, column and field."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rolebook validate roles.yaml",
            "  rolebook validate --strict catalogs/*.yaml      (warnings fail too)",
            "  cat roles.yaml | rolebook validate -            (from standard input)",
            "  rolebook validate --json roles.yaml             (as JSON, for an editor)",
            "",
            "Exit codes:",
            "  0  every file is valid (warnings allowed unless --strict)",
            "  2  a file has errors (or warnings, with --strict), or cannot be read",
            "  3  internal error"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--json", description = "Print JSON on stdout instead of text: for each file whether it is valid and"
            + " its problems (file, line, column, path, severity, message).")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Catalog files (YAML or JSON); - reads one from standard"
            + " input.")
    List<Path> files;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        if (files.stream().filter(f -> f.toString().equals(CatalogSource.STDIN)).count() > 1) {
            throw new UserError("standard input can be read once: name '-' once");
        }
        CatalogLoader loader = new CatalogLoader();
        ValidateJson report = new ValidateJson();
        boolean allValid = true;
        for (Path given : files) {
            boolean standardInput = given.toString().equals(CatalogSource.STDIN);
            String file = standardInput ? CatalogSource.STDIN_NAME : given.toString();
            LoadResult result = standardInput ? CatalogSource.fromStandardInput(loader) : loader.load(given);
            int warnings = result.warnings().size();
            boolean valid = !result.hasErrors() && !(strict && warnings > 0);
            allValid &= valid;
            if (json) {
                report.add(file, result, valid);
                continue;
            }
            result.problems().forEach(console::problem);
            if (valid) {
                console.result(file + ": valid, " + result.orThrow().roles().size() + " roles"
                        + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
            } else {
                long errors = result.problems().size() - warnings;
                console.result(file + ": not valid, " + errors + (errors == 1 ? " error" : " errors")
                        + (strict && warnings > 0 ? " and " + warnings + " warnings (--strict)" : ""));
            }
        }
        if (json) {
            spec.commandLine().getOut().println(report.text());
            spec.commandLine().getOut().flush();
        }
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
