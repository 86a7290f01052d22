package dev.ratchet.harness.model.provider;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name a typo most likely meant: the nearest by edit distance, if it is near enough to be a typo. */
final class ClosestName {
    private ClosestName() {}

    static Optional<String> to(String typo, Collection<String> known) {
        String t = typo.toLowerCase(Locale.ROOT);
        // A third of the name (at least 2 edits) still reads as a typo; further than that it is another word.
        int allowed = Math.max(2, t.length() / 3);
        return known.stream()
                .filter(k -> distance(t, k.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(t, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
    }

    /** Levenshtein distance, counting a swap of two neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
