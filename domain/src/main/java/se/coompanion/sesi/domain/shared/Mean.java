package se.coompanion.sesi.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * The arithmetic mean of whole numbers (ratings, levels, gains), kept as N and the exact sum so that it is never
 * rounded twice: mean = sum / N. Every figure a report shows comes with its N; with N = 0 there is no mean.
 *
 * @param n   how many values
 * @param sum their sum
 */
public record Mean(int n, long sum) {

    /** Decimals kept in {@link #value()}; a report rounds further. */
    public static final int SCALE = 10;

    public static final Mean NONE = new Mean(0, 0);

    public Mean {
        if (n < 0) {
            throw new IllegalArgumentException("n " + n);
        }
        if (n == 0 && sum != 0) {
            throw new IllegalArgumentException("a sum of no values is 0, not " + sum);
        }
    }

    public static Mean of(Collection<Integer> values) {
        Mean mean = NONE;
        for (int value : values) {
            mean = mean.plus(value);
        }
        return mean;
    }

    /** The mean with one more value. */
    public Mean plus(int value) {
        return new Mean(n + 1, sum + value);
    }

    /** The mean of both sets of values together. */
    public Mean plus(Mean other) {
        return new Mean(n + other.n, sum + other.sum);
    }

    /** sum / N to {@value #SCALE} decimals; empty when N = 0. */
    public Optional<BigDecimal> value() {
        return n == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), SCALE,
                RoundingMode.HALF_UP));
    }
}
