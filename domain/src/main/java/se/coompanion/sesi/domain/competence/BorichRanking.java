package se.coompanion.sesi.domain.competence;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The competences ranked by the Borich mean weighted discrepancy score (MWDS), highest first: the competences whose
 * gap is large where the enterprises find them important come first. Only competences that at least one enterprise
 * rated are ranked (N = 0 has no score).
 *
 * <p>Ties are decided in this order, so that the ranking is the same every time: the higher MWDS (compared
 * exactly); then the larger N (more evidence); then more enterprises with a gap of 2 or more; then the order of the
 * framework. Every competence gets its own rank, 1, 2, 3, ...
 */
public final class BorichRanking {

    /**
     * A competence's place in the ranking.
     *
     * @param rank  1 for the highest MWDS
     * @param score its figures
     */
    public record Ranked(int rank, CompetenceScore score) {

        public Ranked {
            Objects.requireNonNull(score, "score");
        }
    }

    private BorichRanking() {
    }

    /** The scores of the rated competences, in the framework's order. */
    public static ImmutableList<CompetenceScore> scores(CompetenceFramework framework, Collection<Rating> ratings) {
        Map<CompetenceKey, int[]> sums = new LinkedHashMap<>();
        framework.competences().forEach(c -> sums.put(c.key(), new int[4]));
        for (Rating rating : ratings) {
            framework.require(rating.competence());
            int[] s = sums.get(rating.competence());
            s[0]++;
            s[1] += rating.gap();
            s[2] += rating.required().value();
            s[3] += rating.gap() >= 2 ? 1 : 0;
        }
        List<CompetenceScore> scores = new ArrayList<>();
        sums.forEach((key, s) -> {
            if (s[0] > 0) {
                scores.add(new CompetenceScore(framework.require(key), s[0], s[1], s[2], s[3]));
            }
        });
        return ImmutableList.copyOf(scores);
    }

    /** The rated competences ranked by MWDS, ties decided as the class says. */
    public static ImmutableList<Ranked> rank(CompetenceFramework framework, Collection<Rating> ratings) {
        List<CompetenceScore> ordered = new ArrayList<>(scores(framework, ratings));
        ordered.sort(CompetenceScore.BY_MWDS_DESCENDING
                .thenComparing(CompetenceScore::n, Comparator.reverseOrder())
                .thenComparing(CompetenceScore::gapAtLeastTwo, Comparator.reverseOrder())
                .thenComparing(s -> framework.position(s.competence().key())));
        ImmutableList.Builder<Ranked> ranked = ImmutableList.builder();
        for (int i = 0; i < ordered.size(); i++) {
            ranked.add(new Ranked(i + 1, ordered.get(i)));
        }
        return ranked.build();
    }
}
