package se.coompanion.sesi.domain.competence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;

/**
 * The Borich figures of one competence over the N enterprises that rated it (domain.md, "Competence mapping"):
 *
 * <pre>
 * gap_i   = required_i - current_i
 * MWDS    = (sum of gap_i) * mean(required_i) / N  =  (sum of gap_i) * (sum of required_i) / N^2
 * meanGap = (sum of gap_i) / N
 * </pre>
 *
 * Kept as the exact sums, so that MWDS is compared without rounding; shown with as many decimals as a report needs.
 * With N = 10 the means are fragile, so the number of enterprises with a gap of 2 or more is kept beside them.
 *
 * @param competence    the competence
 * @param n             the enterprises that rated it (at least 1)
 * @param gapSum        the sum of required - current
 * @param requiredSum   the sum of required
 * @param gapAtLeastTwo the enterprises whose gap is 2 or more
 */
public record CompetenceScore(Competence competence, int n, int gapSum, int requiredSum, int gapAtLeastTwo) {

    /** Decimals kept in {@link #mwds()} and the means; a report rounds further. */
    public static final int SCALE = 10;

    /** Highest MWDS first, compared exactly (cross-multiplied, never rounded). */
    public static final Comparator<CompetenceScore> BY_MWDS_DESCENDING = (a, b) -> Long.compare(
            (long) b.gapSum * b.requiredSum * a.n * a.n, (long) a.gapSum * a.requiredSum * b.n * b.n);

    public CompetenceScore {
        Objects.requireNonNull(competence, "competence");
        if (n < 1 || requiredSum < n || requiredSum > n * Level.MAX || gapAtLeastTwo < 0 || gapAtLeastTwo > n
                || Math.abs(gapSum) > n * (Level.MAX - Level.MIN)) {
            throw new IllegalArgumentException("not the sums of " + n + " ratings of " + competence.key());
        }
    }

    /** MWDS = (sum of gaps) * (sum of required) / N^2, to {@value #SCALE} decimals. */
    public BigDecimal mwds() {
        return divide((long) gapSum * requiredSum, (long) n * n);
    }

    /** The mean gap, (sum of gaps) / N. */
    public BigDecimal meanGap() {
        return divide(gapSum, n);
    }

    /** The mean required level, (sum of required) / N: the competence's mean importance. */
    public BigDecimal meanRequired() {
        return divide(requiredSum, n);
    }

    private static BigDecimal divide(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
