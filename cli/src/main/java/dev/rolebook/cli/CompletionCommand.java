package dev.rolebook.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print a completion script for bash and zsh.",
            "bash: source <(rolebook completion)",
            "zsh:  autoload -U +X bashcompinit && bashcompinit && source <(rolebook completion)"})
final class CompletionCommand implements Callable<Integer> {
    private static final String NAME = "rolebook";

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(NAME, root) + catalogFiles(root));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * A catalog is a file or a bundled catalog's id, but picocli's script offers either a fixed list
     * or file names, never both: this function around it adds the files where the ids are offered.
     */
    private static String catalogFiles(CommandLine root) {
        Set<String> options = new LinkedHashSet<>();
        List<String> positional = new ArrayList<>();
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec sub = command.getCommandSpec();
            sub.options().stream().filter(o -> o.completionCandidates() instanceof Completions.Catalogs)
                    .forEach(o -> options.addAll(List.of(o.names())));
            if (sub.positionalParameters().stream()
                    .anyMatch(p -> p.completionCandidates() instanceof Completions.Catalogs)) {
                // The command's own word, and a previous word that is not one of its options taking a value.
                String taking = String.join(" ", sub.options().stream().filter(o -> o.arity().max() > 0)
                        .flatMap(o -> List.of(o.names()).stream()).toList());
                positional.add(String.format("{ CompWordsContainsArray %s && [[ \"${curr_word}\" != -* ]]"
                        + " && [[ \" %s \" != *\" ${prev_word} \"* ]]; }", sub.name(), taking));
            }
        }
        List<String> tests = new ArrayList<>();
        tests.add(String.format("[[ \" %s \" == *\" ${prev_word} \"* ]]", String.join(" ", options)));
        tests.addAll(positional);
        return """

                # A catalog is a file or a bundled catalog's id: add the files to the ids offered above.
                function _complete_rolebook_catalogs() {
                  _complete_rolebook "$@"
                  local curr_word=${COMP_WORDS[COMP_CWORD]}
                  local prev_word=${COMP_WORDS[COMP_CWORD-1]}
                  if %s; then
                    local IFS=$'\\n'
                    type compopt &>/dev/null && compopt -o filenames
                    COMPREPLY+=( $(compgen -f -- "${curr_word}") )
                  fi
                }
                complete -F _complete_rolebook_catalogs -o default %s %s.sh %s.bash
                """.formatted(String.join(" || ", tests), NAME, NAME, NAME);
    }
}
