package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.NumberText;

class NumberTextTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Locale EN = Locale.forLanguageTag("en-GB");

    @Test
    void shares_are_percentages_with_one_decimal_in_the_languages_format() {
        // 0.2825471698 * 100 = 28.25471698 -> 28.3
        assertThat(NumberText.share(new BigDecimal("0.2825471698"), SV)).isEqualTo("28,3\u00a0%");
        assertThat(NumberText.share(new BigDecimal("0.2825471698"), EN)).isEqualTo("28.3\u00a0%");
        // 0.26250 * 100 = 26.25 -> 26.3 (half up)
        assertThat(NumberText.share(new BigDecimal("0.2625"), SV)).isEqualTo("26,3\u00a0%");
    }

    @Test
    void counts_group_thousands_and_differences_carry_their_sign() {
        assertThat(NumberText.count(119_800, SV)).isEqualTo("119\u00a0800");
        assertThat(NumberText.count(119_800, EN)).isEqualTo("119,800");
        assertThat(NumberText.signed(new BigDecimal("-2.00471698"), SV)).isEqualTo("\u22122,0");
        assertThat(NumberText.signed(new BigDecimal("2.78225806"), EN)).isEqualTo("+2.8");
        assertThat(NumberText.signed(new BigDecimal("-0.04"), SV)).as("rounds to zero: no sign").isEqualTo("0,0");
        assertThat(NumberText.magnitude(new BigDecimal("-2.00471698"), SV)).isEqualTo("2,0");
        assertThat(NumberText.percent(new BigDecimal("29.50"), SV)).isEqualTo("29,5\u00a0%");
        assertThat(NumberText.percent(new BigDecimal("31"), EN)).isEqualTo("31\u00a0%");
    }
}
