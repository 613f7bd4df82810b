package dev.rolebook.model.load;

/**
 * Bounds on what a catalog file may demand of the loader, so that a hostile or broken file ends in
 * a clear error instead of an OutOfMemoryError or StackOverflowError. A real catalog of a thousand
 * roles is a few megabytes deep at most eight levels.
 */
final class Limits {
    private Limits() {}

    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_TEXT_LENGTH = 100_000;
    static final int MAX_PROBLEMS = 50;

    /** The parsers' own limits sit above ours, so ours (with their located messages) trip first. */
    static final int PARSER_MAX_DEPTH = 2 * MAX_DEPTH;
    static final int PARSER_MAX_TEXT_LENGTH = 2 * MAX_TEXT_LENGTH;
}
