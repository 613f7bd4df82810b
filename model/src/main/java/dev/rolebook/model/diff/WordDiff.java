package dev.rolebook.model.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Two versions of a text, word by word: what stayed, what was taken out, what was put in. */
public final class WordDiff {
    /** A run of words that stayed ({@link Op#SAME}), went ({@link Op#REMOVED}) or came ({@link Op#ADDED}). */
    public record Piece(Op op, String text) {}

    public enum Op { SAME, REMOVED, ADDED }

    private WordDiff() {}

    /** The pieces in reading order, a removed run before the run that took its place. */
    public static List<Piece> of(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Lcs.Match match : Lcs.of(old, now, String::equals)) {
            add(pieces, Op.REMOVED, old.subList(i, match.before()));
            add(pieces, Op.ADDED, now.subList(j, match.after()));
            add(pieces, Op.SAME, List.of(old.get(match.before())));
            i = match.before() + 1;
            j = match.after() + 1;
        }
        add(pieces, Op.REMOVED, old.subList(i, old.size()));
        add(pieces, Op.ADDED, now.subList(j, now.size()));
        return pieces;
    }

    private static List<String> words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** Joins a run to the last piece when it is of the same kind, so that a run reads as one. */
    private static void add(List<Piece> pieces, Op op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).op() == op) {
            Piece last = pieces.remove(pieces.size() - 1);
            text = last.text() + " " + text;
        }
        pieces.add(new Piece(op, text));
    }
}
