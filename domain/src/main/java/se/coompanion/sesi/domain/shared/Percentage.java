package se.coompanion.sesi.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage from 0 to 100 with at most two decimals, such as the EU co-financing rate (40 %).
 *
 * @param value the percentage, 0-100, scale at most 2
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0, RoundingMode.UNNECESSARY);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
            throw new DomainException(Message.of(Percentage.class, "percentage.range", value.toPlainString()));
        }
    }

    public static Percentage of(double value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /** Reads "40", "40 %", "40%", "12,5" or "12.5". */
    public static Percentage parse(String text) {
        String cleaned = text == null ? "" : text.strip().replace("%", "").strip().replace(',', '.');
        try {
            return new Percentage(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            throw new DomainException(Message.of(Percentage.class, "percentage.shape", text == null ? "" : text));
        }
    }

    /** The share as a fraction from 0 to 1. */
    public double asFraction() {
        return value.doubleValue() / 100.0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}
