package se.coompanion.sesi.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A region's women's share against the national share of the same indicator and year, in percentage points:
 * {@code points = (region's share - national share) * 100}.
 *
 * @param figure   the region's figure
 * @param national Sweden's figure for the same indicator and year
 */
public record Comparison(Figure figure, Figure national) {

    public Comparison {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(national, "national");
        if (!national.region().isNational() || !national.indicator().equals(figure.indicator())
                || national.year() != figure.year()) {
            throw new DomainException(Message.of(Comparison.class, "comparison.mismatch", figure.key(),
                    national.key()));
        }
    }

    /** The difference in percentage points, unrounded (positive: the region's share is higher). */
    public BigDecimal points() {
        return figure.womenShare().subtract(national.womenShare()).movePointRight(2);
    }

    /** Higher, lower or the same as the national share, judged on the difference rounded to one decimal. */
    public Direction direction() {
        return Direction.of(points());
    }

    /** True when either figure is example data. */
    public boolean usesExampleData() {
        return figure.example() || national.example();
    }

    /** Which way a difference goes once rounded to the one decimal that people see. */
    public enum Direction {
        HIGHER, SAME, LOWER;

        static Direction of(BigDecimal points) {
            int sign = points.setScale(1, RoundingMode.HALF_UP).signum();
            return sign > 0 ? HIGHER : sign < 0 ? LOWER : SAME;
        }
    }
}
