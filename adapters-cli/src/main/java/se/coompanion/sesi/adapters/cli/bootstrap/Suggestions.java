package se.coompanion.sesi.adapters.cli.bootstrap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names nearest to a mistyped one, for "did you mean": those a typing slip away (a letter missing, extra, wrong or
 * two swapped; two such slips in a longer name) and those the typed text begins. picocli's own suggestions offer the
 * three most similar names whatever their distance ({@code fram}: {@code frame} or {@code rates}).
 */
final class Suggestions {

    private static final int MOST = 3;

    private Suggestions() {
    }

    static List<String> nearest(String typed, Collection<String> names) {
        String wanted = bare(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Candidate(String name, int distance) {
        }
        List<Candidate> near = new ArrayList<>();
        for (String name : names) {
            String bare = bare(name);
            if (bare.length() < 2) {
                continue;
            }
            int distance = distance(wanted, bare);
            boolean slip = distance <= (wanted.length() <= 4 ? 1 : 2);
            boolean begun = wanted.length() >= 3 && bare.startsWith(wanted);
            if ((slip || begun) && !bare.equals(wanted) && near.stream().noneMatch(c -> c.name().equals(name))) {
                near.add(new Candidate(name, begun ? Math.min(distance, 1) : distance));
            }
        }
        near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return near.stream().limit(MOST).map(Candidate::name).toList();
    }

    /** An option's name without its dashes, in lower case. */
    private static String bare(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
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
