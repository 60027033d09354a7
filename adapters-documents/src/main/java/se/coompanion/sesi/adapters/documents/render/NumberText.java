package se.coompanion.sesi.adapters.documents.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a document shows them to people: Swedish with a decimal comma and a no-break space between
 * thousands ("119 800", "28,3 %"), English with a decimal point and commas ("119,800", "28.3 %"). A no-break space
 * keeps a number and its % sign on one line; negative numbers use the minus sign (−).
 */
public final class NumberText {

    /** The no-break space between a number and its unit, and between thousands in Swedish. */
    public static final char NBSP = '\u00a0';
    private static final char MINUS = '\u2212';

    private NumberText() {
    }

    /** A share from 0 to 1 as a percentage with one decimal: 0.28254 is "28,3 %". */
    public static String share(BigDecimal share, Locale locale) {
        return decimal(share.movePointRight(2), 1, locale) + NBSP + "%";
    }

    /** A percentage as given, with its own decimals: 31 is "31 %", 29.5 is "29,5 %". */
    public static String percent(BigDecimal percent, Locale locale) {
        BigDecimal plain = percent.stripTrailingZeros();
        return decimal(plain, Math.max(0, plain.scale()), locale) + NBSP + "%";
    }

    /** A difference with its sign and one decimal: "+2,8", "−2,0", "0,0". */
    public static String signed(BigDecimal value, Locale locale) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        String text = decimal(rounded.abs(), 1, locale);
        return rounded.signum() > 0 ? "+" + text : rounded.signum() < 0 ? MINUS + text : text;
    }

    /** The size of a difference with one decimal, without its sign: "2,0". */
    public static String magnitude(BigDecimal value, Locale locale) {
        return decimal(value.abs(), 1, locale);
    }

    /** A whole number with thousands grouped: "119 800" / "119,800". */
    public static String count(long value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols(locale));
        return format.format(value);
    }

    /** A decimal with a fixed number of decimals, rounded half up. */
    public static String decimal(BigDecimal value, int decimals, Locale locale) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                symbols(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean swedish = "sv".equals(locale.getLanguage());
        symbols.setDecimalSeparator(swedish ? ',' : '.');
        symbols.setGroupingSeparator(swedish ? NBSP : ',');
        symbols.setMinusSign(MINUS);
        return symbols;
    }
}
