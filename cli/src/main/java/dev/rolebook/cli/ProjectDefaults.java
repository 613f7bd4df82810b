package dev.rolebook.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Fills the options a command was not given from {@code rolebook.yaml} in the folder it runs in: the
 * one place where the file meets the options, for every command that has {@link ProjectOption}.
 * picocli asks only for the options the command line left out, so a typed option always wins.
 *
 * <p>Only the folder the command runs in is looked at, not its parents: a file higher up (in a home
 * folder, at a repository's root) would quietly change what a command run in some subfolder reads.
 */
final class ProjectDefaults implements IDefaultValueProvider {
    private final Path folder;
    private Optional<ProjectFile> project;
    private ProjectFile.Invalid invalid;

    ProjectDefaults(Path folder) {
        this.folder = folder;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        Optional<ProjectFile.Key> key = ProjectFile.Key.of(option.longestName().substring(2));
        CommandSpec command = arg.command();
        OptionSpec ignore = command.findOption(ProjectOption.NAME);
        if (key.isEmpty() || ignore == null || Boolean.TRUE.equals(ignore.getValue())) {
            return null;
        }
        load();
        if (invalid != null) {
            // Help must show even when the file is broken: it is how a person finds --no-project.
            if (command.commandLine() != null && command.commandLine().isUsageHelpRequested()) {
                return null;
            }
            throw new ParameterException(command.commandLine(), invalid.getMessage() + "\n(mend "
                    + folder.resolve(ProjectFile.NAME) + ", or add " + ProjectOption.NAME + " to ignore it)");
        }
        return project.map(p -> p.value(key.get())).orElse(null);
    }

    private synchronized void load() {
        if (project == null && invalid == null) {
            try {
                project = ProjectFile.find(folder);
            } catch (ProjectFile.Invalid e) {
                invalid = e;
            }
        }
    }
}
