package dev.rolebook.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the valid name a user most likely meant when they mistyped one. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /** The closest of {@code candidates}, if it is within a third of the typed name's length (at least 2 edits). */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        int allowed = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(typed, c)).thenComparing(c -> c))
                .filter(c -> DISTANCE.apply(typed, c) <= allowed);
    }

    /** {@code "; did you mean 'x'?"} or nothing, to append to a message. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }
}
