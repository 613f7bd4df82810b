package dev.rolebook.cli;

import java.io.PrintWriter;

/**
 * Where the command speaks: results on stdout, everything else on stderr, one line per message.
 * {@code --quiet} silences what is printed on success; errors are never silenced.
 */
final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    Console(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** A result line (what was written, a listing). */
    synchronized void result(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }

    synchronized void warning(String message) {
        if (!quiet) {
            err.println("warning: " + message);
            err.flush();
        }
    }

    synchronized void error(String message) {
        err.println("error: " + message);
        err.flush();
    }

    /** A catalog problem, printed as located ({@code FILE:LINE:COLUMN: path: message}); warnings obey --quiet. */
    synchronized void problem(dev.rolebook.model.load.Problem problem) {
        if (problem.isError() || !quiet) {
            err.println(problem);
            err.flush();
        }
    }

    boolean isQuiet() {
        return quiet;
    }
}
