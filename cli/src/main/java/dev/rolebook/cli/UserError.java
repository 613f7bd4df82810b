package dev.rolebook.cli;

/** Something the user can mend; the message says what, and the command exits with {@link #exitCode}. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    UserError(String message) {
        this(message, ExitCodes.BAD_INPUT);
    }

    UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
