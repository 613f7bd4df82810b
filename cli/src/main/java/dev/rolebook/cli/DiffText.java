package dev.rolebook.cli;

import dev.rolebook.model.Catalog;
import dev.rolebook.model.diff.CatalogDiff;
import dev.rolebook.model.diff.CatalogDiff.Change;
import dev.rolebook.model.diff.CatalogDiff.RoleChanges;
import dev.rolebook.model.diff.WordDiff;
import java.io.PrintWriter;
import java.util.List;

/**
 * A catalog diff as a person reads it at a terminal: a line per role whose version changed, then
 * each change under it ({@code +} added, {@code -} removed, {@code ~} changed) with its text, the
 * words of a changed text marked. Colour where asked for; otherwise git's word-diff marks,
 * {@code [-removed-]} and {@code {+added+}}, which survive a copy into an e-mail.
 */
final class DiffText {
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final boolean colour;

    /** Colour by default: on a terminal (picocli's detection), unless NO_COLOR is set. */
    static boolean colourByDefault() {
        return picocli.CommandLine.Help.Ansi.AUTO.enabled() && System.getenv("NO_COLOR") == null;
    }

    DiffText(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void print(String beforeName, Catalog before, String afterName, Catalog after, List<RoleChanges> roles) {
        out.println(beforeName + label(before) + " → " + afterName + label(after) + ": " + summary(roles));
        for (RoleChanges role : roles) {
            out.println();
            String versions = switch (role.status()) {
                case ADDED -> "added, version " + role.versionAfter();
                case REMOVED -> "removed (was version " + role.versionBefore() + ")";
                case CHANGED -> "version " + role.versionBefore() + " → " + role.versionAfter();
            };
            out.println(bold(role.id()) + "  " + role.title() + "  " + versions);
            if (role.status() == CatalogDiff.Status.CHANGED) {
                printChanges(role.changes());
            }
        }
    }

    /** Each change: what and where on one line, its text (the words of a changed text marked) under it. */
    void printChanges(List<Change> changes) {
        for (Change change : changes) {
            switch (change.kind()) {
                case ADDED -> {
                    out.println("  + " + change.where());
                    out.println("      " + paint(GREEN, "{+", change.after(), "+}"));
                }
                case REMOVED -> {
                    out.println("  - " + change.where());
                    out.println("      " + paint(RED, "[-", change.before(), "-]"));
                }
                case CHANGED -> {
                    out.println("  ~ " + change.where());
                    out.println("      " + words(change.before(), change.after()));
                }
            }
        }
    }

    private String words(String before, String after) {
        StringBuilder line = new StringBuilder();
        for (WordDiff.Piece piece : WordDiff.of(before, after)) {
            if (line.length() > 0 && piece.spaceBefore()) {
                line.append(' ');
            }
            line.append(switch (piece.op()) {
                case SAME -> piece.text();
                case REMOVED -> paint(RED, "[-", piece.text(), "-]");
                case ADDED -> paint(GREEN, "{+", piece.text(), "+}");
            });
        }
        return line.toString();
    }

    private String paint(String ansi, String open, String text, String close) {
        return colour ? ansi + text + RESET : open + text + close;
    }

    private String bold(String text) {
        return colour ? BOLD + text + RESET : text;
    }

    private static String label(Catalog catalog) {
        return catalog.version() == null ? "" : " (" + catalog.version() + ")";
    }

    static String summary(List<RoleChanges> roles) {
        if (roles.isEmpty()) {
            return "no role changed";
        }
        long changed = roles.stream().filter(r -> r.status() == CatalogDiff.Status.CHANGED).count();
        long added = roles.stream().filter(r -> r.status() == CatalogDiff.Status.ADDED).count();
        long removed = roles.stream().filter(r -> r.status() == CatalogDiff.Status.REMOVED).count();
        return changed + (changed == 1 ? " role" : " roles") + " changed, " + added + " added, " + removed + " removed";
    }
}
