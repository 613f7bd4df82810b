package dev.rolebook.model.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a text, word by word: what stayed, what was taken out, what was put in. Words
 * and punctuation are separate tokens, so a comma added after a word leaves the word unchanged;
 * a mark between two letters (an Armenian question or emphasis mark, an apostrophe, a hyphen)
 * stays inside its word. White space is not compared: every format shows a run of it as one space.
 */
public final class WordDiff {
    /**
     * A run of tokens that stayed ({@link Op#SAME}), went ({@link Op#REMOVED}) or came
     * ({@link Op#ADDED}), written as in its text; {@code spaceBefore} says whether white space
     * stood before it there (in the later text, for a run that stayed).
     */
    public record Piece(Op op, String text, boolean spaceBefore) {}

    public enum Op { SAME, REMOVED, ADDED }

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[\u055B-\u055E'\u2019\\-][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    /** A word or a mark, and whether white space stood before it. */
    private record Token(String text, boolean spaceBefore) {}

    private WordDiff() {}

    /** The pieces in reading order, a removed run before the run that took its place. */
    public static List<Piece> of(String before, String after) {
        List<Token> old = tokens(before);
        List<Token> now = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Lcs.Match match : Lcs.of(old, now, (a, b) -> a.text().equals(b.text()))) {
            add(pieces, Op.REMOVED, old.subList(i, match.before()));
            add(pieces, Op.ADDED, now.subList(j, match.after()));
            add(pieces, Op.SAME, List.of(now.get(match.after())));
            i = match.before() + 1;
            j = match.after() + 1;
        }
        add(pieces, Op.REMOVED, old.subList(i, old.size()));
        add(pieces, Op.ADDED, now.subList(j, now.size()));
        return pieces;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        int end = 0;
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), !tokens.isEmpty() && matcher.start() > end));
            end = matcher.end();
        }
        return tokens;
    }

    /** Joins a run to the last piece when it is of the same kind, so that a run reads as one. */
    private static void add(List<Piece> pieces, Op op, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(tokens.get(0).text());
        for (Token token : tokens.subList(1, tokens.size())) {
            text.append(token.spaceBefore() ? " " : "").append(token.text());
        }
        boolean spaceBefore = tokens.get(0).spaceBefore();
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).op() == op) {
            Piece last = pieces.remove(pieces.size() - 1);
            text.insert(0, last.text() + (spaceBefore ? " " : ""));
            spaceBefore = last.spaceBefore();
        }
        pieces.add(new Piece(op, text.toString(), spaceBefore));
    }
}
