package se.coompanion.sesi.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Percentage;

/**
 * The values of a figure for women and men, by unit. Women's share is a fraction from 0 to 1, computed with
 * {@value #SCALE} decimals and rounded only when shown.
 */
public sealed interface FigureValues {

    /** Decimals kept in a computed share. */
    int SCALE = 10;

    /** The largest count accepted (a trillion less one): anything larger is a typing error. */
    long MAX_COUNT = 999_999_999_999L;

    /**
     * Reads a number as people write it: {@code 119800}, {@code 119 800} (spaces group thousands),
     * {@code 31,5} or {@code 31.5}. Not negative, no percent sign (the unit column says what the number is).
     */
    static BigDecimal parseNumber(String text) {
        String t = text == null ? "" : text.strip();
        String compact = t.replaceAll("[ \\u00a0\\u2009\\u202f]", "");
        if (!compact.matches("[0-9]+([.,][0-9]+)?")) {
            String key = compact.startsWith("-") ? "number.negative" : compact.endsWith("%") ? "number.percentSign"
                    : "number.shape";
            throw new DomainException(Message.of(FigureValues.class, key, t));
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    /** A count: a whole number from 0 to {@link #MAX_COUNT}. */
    static long count(BigDecimal number) {
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            throw new DomainException(Message.of(FigureValues.class, "count.whole", number.toPlainString()));
        }
        if (number.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            throw new DomainException(Message.of(FigureValues.class, "count.tooLarge", number.toPlainString(),
                    MAX_COUNT));
        }
        return number.longValueExact();
    }

    Unit unit();

    /** Women's share of the figure, 0 to 1. */
    BigDecimal womenShare();

    /**
     * Counts: women's share = women / (women + men). At least one of them is above zero.
     *
     * @param women women (people, firms led by women, ...)
     * @param men   men
     */
    record Counts(long women, long men) implements FigureValues {

        public Counts {
            if (women < 0 || men < 0) {
                throw new DomainException(Message.of(FigureValues.class, "counts.negative", women < 0 ? women : men));
            }
            if (women + men == 0) {
                throw new DomainException(Message.of(FigureValues.class, "counts.zero"));
            }
        }

        @Override
        public Unit unit() {
            return Unit.COUNT;
        }

        public long total() {
            return women + men;
        }

        @Override
        public BigDecimal womenShare() {
            return BigDecimal.valueOf(women).divide(BigDecimal.valueOf(total()), SCALE, RoundingMode.HALF_UP);
        }
    }

    /**
     * Percentages of the indicator's total, as the source gives them: {@code women} is the percentage of the
     * total that are women, {@code men} the percentage that are men (left out when the source does not give it).
     * Women's share is {@code women / 100}: the source has already divided. The two may add up to less than 100
     * (people of another or unknown gender) and, from rounding in the source, to at most 101.
     *
     * @param women the women's percentage of the total
     * @param men   the men's percentage of the total, when given
     * @param base  the total the percentages are of (e.g. 73,183 new firms), when given
     */
    record Percents(Percentage women, Optional<Percentage> men, OptionalLong base) implements FigureValues {

        /** Two percentages rounded to whole numbers can add up to 101, never more. */
        static final BigDecimal MOST_SUM = BigDecimal.valueOf(101);

        public Percents {
            Objects.requireNonNull(women, "women");
            Objects.requireNonNull(men, "men");
            Objects.requireNonNull(base, "base");
            if (men.isPresent() && women.value().add(men.get().value()).compareTo(MOST_SUM) > 0) {
                throw new DomainException(Message.of(FigureValues.class, "percents.sum",
                        women.value().toPlainString(), men.get().value().toPlainString()));
            }
            if (base.isPresent() && base.getAsLong() < 1) {
                throw new DomainException(Message.of(FigureValues.class, "percents.base", base.getAsLong()));
            }
        }

        @Override
        public Unit unit() {
            return Unit.PERCENT;
        }

        @Override
        public BigDecimal womenShare() {
            return women.value().movePointLeft(2).setScale(SCALE, RoundingMode.UNNECESSARY);
        }
    }
}
