package dev.rolebook.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion",
        description = {"Print a completion script for bash and zsh.",
            "bash: source <(rolebook completion)",
            "zsh:  autoload -U +X bashcompinit && bashcompinit && source <(rolebook completion)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("rolebook", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
