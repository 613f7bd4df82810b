/**
 * The {@code rolebook} command (picocli): {@code export}, {@code validate}, {@code list},
 * {@code init} and {@code completion}. Messages go to stderr, one line each; exit codes are in
 * {@link dev.rolebook.cli.ExitCodes}.
 */
package dev.rolebook.cli;
