package dev.rolebook.cli;

import picocli.CommandLine.Option;

/**
 * The switch of the commands that read {@code rolebook.yaml}: having it is what makes a command read
 * the file (see {@link ProjectDefaults}).
 */
final class ProjectOption {
    static final String NAME = "--no-project";

    @Option(names = NAME, description = "Ignore " + ProjectFile.NAME + " in the current folder (which otherwise gives"
            + " the --catalog, --lang, --templates, --reference-doc, --out and --paper not typed here).")
    boolean ignore;
}
