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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Catalog files (YAML or JSON).")
    List<Path> files;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet);
        CatalogLoader loader = new CatalogLoader();
        boolean allValid = true;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            result.problems().forEach(console::problem);
            int warnings = result.warnings().size();
            boolean valid = !result.hasErrors() && !(strict && warnings > 0);
            allValid &= valid;
            if (valid) {
                console.result(file + ": valid, " + result.orThrow().roles().size() + " roles"
                        + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
            } else {
                long errors = result.problems().size() - warnings;
                console.result(file + ": not valid, " + errors + (errors == 1 ? " error" : " errors")
                        + (strict && warnings > 0 ? " and " + warnings + " warnings (--strict)" : ""));
            }
        }
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
