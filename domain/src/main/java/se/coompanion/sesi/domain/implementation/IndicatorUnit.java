package se.coompanion.sesi.domain.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What an indicator's values are: a share in per cent (0-100), a count (a whole number of organisations, people,
 * municipalities ...), or a score on a scale (a mean level or a mean competence gap, -5 to 5). Values have at most two
 * decimals.
 */
public enum IndicatorUnit {
    PERCENT, COUNT, SCORE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SCALE_LIMIT = BigDecimal.valueOf(5);

    public Message title() {
        return Message.of(IndicatorUnit.class, "unit." + name());
    }

    public static IndicatorUnit parse(String text) {
        return Codes.parse(IndicatorUnit.class, text, IndicatorUnit.class, "unit.unknown");
    }

    /**
     * The value checked against the unit: at most two decimals, a share 0-100, a count whole and not negative, a
     * score from -5 to 5.
     *
     * @throws DomainException saying what is allowed
     */
    public BigDecimal check(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 2) {
            throw new DomainException(Message.of(IndicatorUnit.class, "value.decimals", value.toPlainString()));
        }
        boolean fits = switch (this) {
            case PERCENT -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
            case COUNT -> v.signum() >= 0 && v.scale() <= 0;
            case SCORE -> v.abs().compareTo(SCALE_LIMIT) <= 0;
        };
        if (!fits) {
            throw new DomainException(Message.of(IndicatorUnit.class, "value.range." + name(), value.toPlainString()));
        }
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Reads a value as people write it: {@code 25}, {@code 25,5}, {@code 25.5}, {@code 25,5 %}.
     *
     * @throws DomainException when it is not a number or does not fit the unit
     */
    public BigDecimal parseValue(String text) {
        String t = text == null ? "" : text.strip().replace('\u00a0', ' ');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replace(" ", "").replace(',', '.').replace('\u2212', '-');
        if (!t.matches("-?\\d{1,9}(\\.\\d+)?")) {
            throw new DomainException(Message.of(IndicatorUnit.class, "value.number",
                    text == null ? "" : text.strip()));
        }
        return check(new BigDecimal(t));
    }
}
