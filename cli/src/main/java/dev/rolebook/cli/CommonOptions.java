package dev.rolebook.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success (errors are still printed).")
    boolean quiet;

    @Option(names = "--verbose", description = "On an internal error, print the stack trace.")
    boolean verbose;
}
