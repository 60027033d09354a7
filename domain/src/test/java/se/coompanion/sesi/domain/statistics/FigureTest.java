package se.coompanion.sesi.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Percentage;

class FigureTest {

    static final Source SCB = Source.of("SCB", "Arbetskraftsundersökningarna (AKU) 2013", null, null);

    @Test
    void womens_share_of_counts_is_women_over_women_plus_men() {
        // SCB, AKU 2013: 119,800 of 424,000 business owners were women; men = 424,000 - 119,800 = 304,200.
        // share = 119800 / (119800 + 304200) = 119800 / 424000 = 0.28254716981... -> 0.2825471698 (10 decimals)
        FigureValues values = new FigureValues.Counts(119_800, 304_200);

        assertThat(values.womenShare()).isEqualByComparingTo("0.2825471698");
        assertThat(values.unit()).isEqualTo(Unit.COUNT);
    }

    @Test
    void womens_share_of_percents_is_the_womens_percentage_and_is_not_divided_again() {
        // Tillväxtanalys, Nystartade företag 2022: 31 % of the 73,183 new firms were led by women.
        // share = 31 / 100 = 0.31. Dividing again by (women + men) would give 31 / (31 + 69) = 0.31 only by luck,
        // and 31 / (31 + 0) = 1.0 when men is left out: the PERCENT rule never does that.
        FigureValues given = new FigureValues.Percents(Percentage.of(31), Optional.empty(), OptionalLong.of(73_183));
        FigureValues withMen = new FigureValues.Percents(Percentage.of(31), Optional.of(Percentage.of(60)),
                OptionalLong.empty());

        assertThat(given.womenShare()).isEqualByComparingTo("0.31");
        // 31 / 100 = 0.31 even when women + men = 91 (9 % of unknown gender); 31 / 91 would be 0.3407
        assertThat(withMen.womenShare()).isEqualByComparingTo("0.31");
    }

    @Test
    void percents_of_one_total_add_up_to_at_most_101() {
        // 50.5 and 49.5 rounded to whole numbers are 51 + 50 = 101: allowed; 60 + 45 = 105 is not a split of one total
        new FigureValues.Percents(Percentage.of(51), Optional.of(Percentage.of(50)), OptionalLong.empty());

        assertThatThrownBy(() -> new FigureValues.Percents(Percentage.of(60), Optional.of(Percentage.of(45)),
                OptionalLong.empty())).isInstanceOf(DomainException.class).hasMessageContaining("more than 101 %");
    }

    @Test
    void counts_must_give_a_share() {
        assertThatThrownBy(() -> new FigureValues.Counts(0, 0)).hasMessageContaining("both 0");
        assertThatThrownBy(() -> new FigureValues.Counts(-1, 10)).hasMessageContaining("cannot be negative");
        assertThat(new FigureValues.Counts(0, 10).womenShare()).isEqualByComparingTo("0");
    }

    @Test
    void numbers_are_read_as_people_write_them() {
        assertThat(FigureValues.parseNumber("119800")).isEqualByComparingTo("119800");
        assertThat(FigureValues.parseNumber("119 800")).isEqualByComparingTo("119800");
        assertThat(FigureValues.parseNumber("119\u00a0800")).isEqualByComparingTo("119800");
        assertThat(FigureValues.parseNumber("31,5")).isEqualByComparingTo("31.5");
        assertThat(FigureValues.parseNumber(" 31.5 ")).isEqualByComparingTo("31.5");
        assertThatThrownBy(() -> FigureValues.parseNumber("-3")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> FigureValues.parseNumber("31 %")).hasMessageContaining("without %");
        assertThatThrownBy(() -> FigureValues.parseNumber("1.234,5")).hasMessageContaining("write digits");
        assertThatThrownBy(() -> FigureValues.parseNumber("")).hasMessageContaining("write digits");
    }

    @Test
    void a_count_is_a_whole_number() {
        assertThat(FigureValues.count(new BigDecimal("119800"))).isEqualTo(119_800L);
        assertThat(FigureValues.count(new BigDecimal("12.00"))).isEqualTo(12L);
        // "119,800" in English notation reads as 119.8 here: not a whole number, so it cannot slip in as a count
        assertThatThrownBy(() -> FigureValues.count(FigureValues.parseNumber("119,800")))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> FigureValues.count(new BigDecimal("1000000000000"))).hasMessageContaining("larger");
    }

    @Test
    void a_figure_has_a_year_from_1900_to_2100_and_a_key() {
        Figure figure = new Figure(Indicator.of("Företagare"), Region.SWEDEN, 2013,
                new FigureValues.Counts(119_800, 304_200), SCB, false);

        assertThat(figure.key()).isEqualTo(new FigureKey(Indicator.of("företagare"), Region.parse("SE"), 2013));
        assertThat(figure.key()).hasToString("Företagare, SE, 2013");
        assertThat(Figure.parseYear("2013")).isEqualTo(2013);
        assertThatThrownBy(() -> Figure.parseYear("13")).hasMessageContaining("from 1900 to 2100");
        assertThatThrownBy(() -> Figure.parseYear("2101")).hasMessageContaining("from 1900 to 2100");
        assertThatThrownBy(() -> new Figure(Indicator.of("x"), Region.SWEDEN, 1899,
                new FigureValues.Counts(1, 1), SCB, false)).isInstanceOf(DomainException.class);
    }

    @Test
    void indicators_are_the_same_whatever_their_case_and_spacing() {
        assertThat(Indicator.of("  Nystartade   företag ")).isEqualTo(Indicator.of("nystartade företag"));
        assertThat(Indicator.of("  Nystartade   företag ").name()).isEqualTo("Nystartade företag");
        assertThatThrownBy(() -> Indicator.of(" ")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Indicator.of("2022")).hasMessageContaining("with letters");
    }

    @Test
    void units_are_read_in_english_or_swedish() {
        assertThat(Unit.parse("count")).isEqualTo(Unit.COUNT);
        assertThat(Unit.parse("ANTAL")).isEqualTo(Unit.COUNT);
        assertThat(Unit.parse("Procent")).isEqualTo(Unit.PERCENT);
        assertThatThrownBy(() -> Unit.parse("%")).hasMessageContaining("COUNT (antal) and PERCENT (procent)");
    }

    @Test
    void a_source_needs_a_publisher_and_a_title_and_a_web_address_if_any() {
        Source full = new Source(" Tillväxtanalys ", "Nystartade företag 2022", OptionalInt.of(2023),
                Optional.of("https://example.org/statistik?id=1&x=2"));

        assertThat(full.citation()).isEqualTo("Tillväxtanalys: Nystartade företag 2022 (2023)");
        assertThat(SCB.citation()).isEqualTo("SCB: Arbetskraftsundersökningarna (AKU) 2013");
        assertThat(Source.of("SCB", "AKU", null, " ").url()).isEmpty();
        assertThatThrownBy(() -> Source.of(" ", "AKU", null, null)).hasMessageContaining("publisher is missing");
        assertThatThrownBy(() -> Source.of("SCB", "", null, null)).hasMessageContaining("title is missing");
        assertThatThrownBy(() -> Source.of("SCB", "AKU", null, "javascript:alert(1)"))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> Source.of("SCB", "AKU", null, "https://a.b/x\"onmouseover=y"))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> Source.parseYear("23")).hasMessageContaining("Source year 23");
    }
}
