package se.coompanion.sesi.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Percentage;

class StatisticsTest {

    static final Indicator OWNERS = Indicator.of("företagare");
    static final Indicator NEW_FIRMS = Indicator.of("nystartade företag");
    static final Source SCB = Source.of("SCB", "AKU 2013", null, null);
    static final Source EXAMPLE = Source.of("Exempeldata", "Påhittade siffror", null, null);

    static Figure count(Indicator indicator, String region, int year, long women, long men, boolean example) {
        return new Figure(indicator, Region.parse(region), year, new FigureValues.Counts(women, men),
                example ? EXAMPLE : SCB, example);
    }

    static Figure percent(Indicator indicator, String region, int year, double women, boolean example) {
        return new Figure(indicator, Region.parse(region), year, new FigureValues.Percents(Percentage.of(women),
                Optional.empty(), OptionalLong.empty()), example ? EXAMPLE : SCB, example);
    }

    // Sweden 2013: 119800 / 424000 = 0.2825471698; Västernorrland 2013: 4200 / (4200 + 11800) = 4200 / 16000 = 0.2625
    private final Figure sweden2013 = count(OWNERS, "SE", 2013, 119_800, 304_200, false);
    private final Figure county2013 = count(OWNERS, "22", 2013, 4_200, 11_800, true);
    // Västernorrland 2022: 4500 / (4500 + 11000) = 4500 / 15500 = 0.2903225806
    private final Figure county2022 = count(OWNERS, "22", 2022, 4_500, 11_000, true);

    @Test
    void a_region_against_the_nation_in_percentage_points() {
        Statistics statistics = Statistics.of(List.of(county2022, sweden2013, county2013));

        Comparison comparison = statistics.againstNational(county2013).orElseThrow();

        // (0.2625 - 0.2825471698) * 100 = -2.00471698 percentage points: lower (-2.0 once rounded)
        assertThat(comparison.points()).isEqualByComparingTo("-2.00471698");
        assertThat(comparison.direction()).isEqualTo(Comparison.Direction.LOWER);
        assertThat(comparison.usesExampleData()).isTrue();
        assertThat(statistics.againstNational(county2022)).as("no national figure for 2022").isEmpty();
        assertThat(statistics.againstNational(sweden2013)).as("Sweden against itself").isEmpty();
    }

    @Test
    void a_difference_that_rounds_to_zero_is_the_same() {
        // 30 % against 30.04 %: (0.30 - 0.3004) * 100 = -0.04 points, shown as 0.0: the same, not "lower"
        Comparison comparison = new Comparison(percent(NEW_FIRMS, "23", 2022, 30, false),
                percent(NEW_FIRMS, "SE", 2022, 30.04, false));

        assertThat(comparison.points()).isEqualByComparingTo("-0.04");
        assertThat(comparison.direction()).isEqualTo(Comparison.Direction.SAME);
    }

    @Test
    void only_the_same_indicator_and_year_compare() {
        assertThatThrownBy(() -> new Comparison(county2022, sweden2013)).isInstanceOf(DomainException.class)
                .hasMessageContaining("same indicator and year");
    }

    @Test
    void the_change_over_years_in_points_and_in_women() {
        Statistics statistics = Statistics.of(List.of(county2022, sweden2013, county2013));

        Trend trend = statistics.trend(OWNERS, Region.parse("22")).orElseThrow();

        // (0.2903225806 - 0.2625) * 100 = 2.78225806 points: up
        assertThat(trend.points()).isEqualByComparingTo("2.78225806");
        assertThat(trend.direction()).isEqualTo(Comparison.Direction.HIGHER);
        assertThat(trend.yearToYear()).singleElement().satisfies(p -> assertThat(p).isEqualByComparingTo("2.78225806"));
        // women 4500 - 4200 = 300; 300 / 4200 * 100 = 7.142857... -> 7.14 %
        assertThat(trend.womenChange()).hasValue(300);
        assertThat(trend.womenChangePercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("7.14"));
        assertThat(statistics.trend(OWNERS, Region.SWEDEN)).as("one year is no trend").isEmpty();
    }

    @Test
    void a_trend_through_percents_has_no_change_in_women() {
        // 29 % in 2019 to 31 % in 2022: (0.31 - 0.29) * 100 = 2 points; no counts, so no change in women
        Trend trend = new Trend(com.google.common.collect.ImmutableList.of(percent(NEW_FIRMS, "SE", 2022, 31, false),
                percent(NEW_FIRMS, "SE", 2019, 29, false)));

        assertThat(trend.first().year()).isEqualTo(2019);
        assertThat(trend.points()).isEqualByComparingTo("2");
        assertThat(trend.womenChange()).isEmpty();
        assertThat(trend.womenChangePercent()).isEmpty();
        assertThat(trend.usesExampleData()).isFalse();
    }

    @Test
    void a_trend_is_one_indicator_in_one_region() {
        assertThatThrownBy(() -> new Trend(com.google.common.collect.ImmutableList.of(county2013, sweden2013)))
                .hasMessageContaining("one indicator in one region");
        assertThatThrownBy(() -> new Trend(com.google.common.collect.ImmutableList.of(county2013)))
                .hasMessageContaining("two years or more");
    }

    @Test
    void one_figure_per_indicator_region_and_year() {
        Figure again = count(Indicator.of("Företagare"), "22", 2013, 1, 1, false);

        assertThatThrownBy(() -> Statistics.of(List.of(county2013, again))).isInstanceOf(DomainException.class)
                .hasMessageContaining("företagare, 22, 2013");
    }

    @Test
    void figures_are_ordered_by_indicator_region_and_year_with_their_sources() {
        Figure newFirms = percent(NEW_FIRMS, "SE", 2022, 31, false);
        Statistics statistics = Statistics.of(List.of(newFirms, county2022, county2013, sweden2013));

        assertThat(statistics.figures()).containsExactly(sweden2013, county2013, county2022, newFirms);
        assertThat(statistics.indicators()).containsExactly(OWNERS, NEW_FIRMS);
        assertThat(statistics.years(OWNERS)).containsExactly(2013, 2022);
        assertThat(statistics.sources()).containsExactly(EXAMPLE, SCB);
    }
}
