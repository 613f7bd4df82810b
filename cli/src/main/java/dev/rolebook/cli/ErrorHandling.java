package dev.rolebook.cli;

import dev.rolebook.templates.RenderException;
import dev.rolebook.xhtml.ResourceNotFoundException;
import dev.rolebook.templates.SelectionException;
import dev.rolebook.xhtml.ContractException;
import dev.rolebook.xhtml.export.ExportException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one-line messages and exit codes: a usage mistake prints the message, the
 * closest valid option and where to find help (exit 2); an error of the user's input prints what
 * to mend (exit 2); anything else is an internal error (exit 3), with its stack trace only under
 * {@code --verbose}.
 */
final class ErrorHandling implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (ex instanceof UserError user) {
            err.println("error: " + user.getMessage());
            err.flush();
            return user.exitCode();
        }
        if (ex instanceof SelectionException || ex instanceof ResourceNotFoundException
                || ex instanceof RenderException || ex instanceof ExportException || ex instanceof ContractException) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        boolean verbose = Arrays.asList(parsed.originalArgs().toArray(String[]::new)).contains("--verbose");
        err.println("error: internal error: " + ex + (verbose ? "" : " (run again with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
