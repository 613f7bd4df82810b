package dev.rolebook.cli;

/** What the command's exit status means; documented in {@code --help} and README.md. */
final class ExitCodes {
    /** Everything asked for was written (or, for validate, the files are valid). */
    static final int OK = 0;
    /** Some outputs were written, others failed; the messages say which and why. */
    static final int SOME_FAILED = 1;
    /** Bad input or usage: an invalid catalog, an unknown option or id, a missing file. */
    static final int BAD_INPUT = 2;
    /** A fault in rolebook itself; run again with --verbose and report it. */
    static final int INTERNAL = 3;

    static final String HELP_SECTION = """
            Exit codes:
              0  all written (validate: every file valid)
              1  some outputs failed, the others were written
                 (status --check: someone must sign again;
                 verify --catalog: the text is no longer current;
                 diff --exit-code: a role changed)
              2  bad input or usage: invalid catalog, unknown option or id, missing file
              3  internal error (run again with --verbose and report it)""";

    private ExitCodes() {}
}
