package se.coompanion.sesi.domain.statistics;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The change of one indicator in one region over the years: the figures in year order, and the change of women's
 * share from the first year to the last in percentage points,
 * {@code points = (last share - first share) * 100}. When both ends are counts, also the change in the number
 * of women: {@code last women - first women}, and that change in percent of the first.
 *
 * @param figures the figures of one indicator and region, two or more, in year order
 */
public record Trend(ImmutableList<Figure> figures) {

    public Trend {
        figures = ImmutableList.sortedCopyOf(Comparator.comparingInt(Figure::year), figures);
        if (figures.size() < 2) {
            throw new DomainException(Message.of(Trend.class, "trend.tooShort", figures.size()));
        }
        Figure first = figures.get(0);
        for (Figure figure : figures) {
            if (!figure.indicator().equals(first.indicator()) || !figure.region().equals(first.region())) {
                throw new DomainException(Message.of(Trend.class, "trend.mixed", first.key(), figure.key()));
            }
        }
        for (int i = 1; i < figures.size(); i++) {
            if (figures.get(i).year() == figures.get(i - 1).year()) {
                throw new DomainException(Message.of(Trend.class, "trend.sameYear", figures.get(i).key()));
            }
        }
    }

    public Figure first() {
        return figures.get(0);
    }

    public Figure last() {
        return figures.get(figures.size() - 1);
    }

    /** Change of women's share from the first year to the last, in percentage points, unrounded. */
    public BigDecimal points() {
        return last().womenShare().subtract(first().womenShare()).movePointRight(2);
    }

    /** Up, down or unchanged, judged on the change rounded to one decimal. */
    public Comparison.Direction direction() {
        return Comparison.Direction.of(points());
    }

    /** The change from each year to the next, in percentage points, unrounded. */
    public ImmutableList<BigDecimal> yearToYear() {
        ImmutableList.Builder<BigDecimal> changes = ImmutableList.builder();
        for (int i = 1; i < figures.size(); i++) {
            changes.add(figures.get(i).womenShare().subtract(figures.get(i - 1).womenShare()).movePointRight(2));
        }
        return changes.build();
    }

    /** Change in the number of women from the first year to the last, when both are counts. */
    public OptionalLong womenChange() {
        if (first().values() instanceof FigureValues.Counts a && last().values() instanceof FigureValues.Counts b) {
            return OptionalLong.of(b.women() - a.women());
        }
        return OptionalLong.empty();
    }

    /**
     * The change in the number of women in percent of the first year's number (two decimals), when both ends are
     * counts and the first is above zero.
     */
    public Optional<BigDecimal> womenChangePercent() {
        if (first().values() instanceof FigureValues.Counts a && a.women() > 0 && womenChange().isPresent()) {
            return Optional.of(BigDecimal.valueOf(womenChange().getAsLong()).movePointRight(2)
                    .divide(BigDecimal.valueOf(a.women()), 2, RoundingMode.HALF_UP));
        }
        return Optional.empty();
    }

    /** True when any point is example data. */
    public boolean usesExampleData() {
        return figures.stream().anyMatch(Figure::example);
    }
}
