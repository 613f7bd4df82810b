package dev.rolebook.model.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The longest common subsequence of two lists: which elements of each stay, in order. The rest of
 * either list is what was taken out or put in.
 */
final class Lcs {
    /** Beyond this many comparisons, two lists are said to share nothing rather than take the time. */
    static final long MAX_CELLS = 4_000_000;

    /** A pair of indexes, one in each list, of an element that stays. */
    record Match(int before, int after) {}

    private Lcs() {}

    static <T> List<Match> of(List<T> before, List<T> after, BiPredicate<T, T> same) {
        int n = before.size();
        int m = after.size();
        List<Match> matches = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            return matches;
        }
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = same.test(before.get(i), after.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same.test(before.get(i), after.get(j))) {
                matches.add(new Match(i++, j++));
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return matches;
    }
}
