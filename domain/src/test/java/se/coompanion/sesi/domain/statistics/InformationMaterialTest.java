package se.coompanion.sesi.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.statistics.StatisticsTest.NEW_FIRMS;
import static se.coompanion.sesi.domain.statistics.StatisticsTest.OWNERS;
import static se.coompanion.sesi.domain.statistics.StatisticsTest.count;
import static se.coompanion.sesi.domain.statistics.StatisticsTest.percent;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;

class InformationMaterialTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 2);
    private static final InformationMaterial.Subject MELLERSTA_NORRLAND = new InformationMaterial.Subject(
            "SESI", "23-032-S01", Optional.of("Mellersta Norrland"), ImmutableSortedSet.of(County.of("22"),
                    County.of("23")));

    private final Figure sweden2013 = count(OWNERS, "SE", 2013, 119_800, 304_200, false); // 0.2825471698
    private final Figure county22of2013 = count(OWNERS, "22", 2013, 4_200, 11_800, true); // 4200/16000 = 0.2625
    private final Figure county22of2022 = count(OWNERS, "22", 2022, 4_500, 11_000, true); // 4500/15500 = 0.2903
    private final Figure county23of2013 = count(OWNERS, "23", 2013, 3_100, 6_900, true); // 3100/10000 = 0.31
    private final Figure sundsvall = count(OWNERS, "2281", 2013, 1_500, 3_500, true); // 1500/5000 = 0.30
    private final Figure ornskoldsvik = count(OWNERS, "2284", 2013, 900, 3_100, true); // 900/4000 = 0.225
    private final Figure ostersund = count(OWNERS, "2380", 2013, 1_300, 2_700, true); // 1300/4000 = 0.325
    private final Figure stockholmCounty = count(OWNERS, "01", 2013, 90_000, 160_000, true); // outside the region
    private final Figure newFirmsSweden = percent(NEW_FIRMS, "SE", 2022, 31, false); // 0.31
    private final Figure newFirms22 = percent(NEW_FIRMS, "22", 2022, 29, true); // 0.29

    private InformationMaterial material() {
        return InformationMaterial.compose(Statistics.of(List.of(sweden2013, county22of2013, county22of2022,
                county23of2013, sundsvall, ornskoldsvik, ostersund, stockholmCounty, newFirmsSweden, newFirms22)),
                MELLERSTA_NORRLAND, TODAY);
    }

    @Test
    void one_section_per_indicator_with_the_region_against_sweden_in_the_latest_year_with_a_national_figure() {
        InformationMaterial material = material();

        assertThat(material.sections()).extracting(InformationMaterial.Section::indicator)
                .containsExactly(OWNERS, NEW_FIRMS);
        InformationMaterial.ByRegion owners = material.sections().get(0).byRegion().orElseThrow();
        // 2022 has a county figure but no national one: the comparison is of 2013
        assertThat(owners.year()).isEqualTo(2013);
        assertThat(owners.national()).contains(sweden2013);
        assertThat(owners.regions()).as("counties first, then municipalities; Stockholm is outside the region")
                .containsExactly(county22of2013, county23of2013, sundsvall, ornskoldsvik, ostersund);
        assertThat(owners.all()).startsWith(sweden2013).hasSize(6);
    }

    @Test
    void the_lines_over_years_are_sweden_and_the_counties_of_the_region() {
        InformationMaterial.OverYears owners = material().sections().get(0).overYears().orElseThrow();

        assertThat(owners.years()).containsExactly(2013, 2022);
        assertThat(owners.lines()).extracting(l -> l.region().code()).containsExactly("SE", "22", "23");
        assertThat(owners.lines().get(1).at(2022)).contains(county22of2022);
        assertThat(owners.lines().get(2).at(2022)).isEmpty();
        assertThat(material().sections().get(1).overYears()).as("new firms: 2022 only").isEmpty();
    }

    @Test
    void comments_compare_counties_with_sweden_name_the_highest_and_lowest_municipality_and_the_changes() {
        List<Comment> comments = material().sections().get(0).comments();

        assertThat(comments).hasSize(4);
        Comment.AgainstNational west = (Comment.AgainstNational) comments.get(0);
        // (0.2625 - 0.2825471698) * 100 = -2.00471698: lower
        assertThat(west.comparison().figure()).isEqualTo(county22of2013);
        assertThat(west.comparison().points()).isEqualByComparingTo("-2.00471698");
        assertThat(west.comparison().direction()).isEqualTo(Comparison.Direction.LOWER);
        Comment.AgainstNational jamtland = (Comment.AgainstNational) comments.get(1);
        // (0.31 - 0.2825471698) * 100 = 2.74528302: higher
        assertThat(jamtland.comparison().points()).isEqualByComparingTo("2.74528302");
        assertThat(jamtland.comparison().direction()).isEqualTo(Comparison.Direction.HIGHER);
        // municipalities: Östersund 0.325 highest, Örnsköldsvik 0.225 lowest
        assertThat(comments.get(2)).isEqualTo(new Comment.Spread(ostersund, ornskoldsvik));
        Comment.Change change = (Comment.Change) comments.get(3);
        assertThat(change.trend().first()).isEqualTo(county22of2013);
        assertThat(change.trend().points()).isEqualByComparingTo("2.78225806");
        assertThat(comments).allMatch(Comment::usesExampleData);
    }

    @Test
    void key_figures_are_swedens_latest_and_the_counties_against_sweden() {
        List<InformationMaterial.KeyFigure> keys = material().keyFigures();

        assertThat(keys).extracting(InformationMaterial.KeyFigure::figure)
                .containsExactly(sweden2013, county22of2013, county23of2013, newFirmsSweden, newFirms22);
        assertThat(keys.get(0).comparison()).isEmpty();
        // new firms in Västernorrland: (0.29 - 0.31) * 100 = -2 points
        assertThat(keys.get(4).comparison().orElseThrow().points()).isEqualByComparingTo("-2");
    }

    @Test
    void sources_and_the_example_label_come_from_the_figures_used_only() {
        InformationMaterial material = material();

        assertThat(material.sources()).containsExactly(StatisticsTest.EXAMPLE, StatisticsTest.SCB);
        assertThat(material.usesExampleData()).isTrue();
        assertThat(material.exampleSources()).containsExactly(StatisticsTest.EXAMPLE);
        assertThat(material.producedOn()).isEqualTo(TODAY);

        InformationMaterial realOnly = InformationMaterial.compose(Statistics.of(List.of(sweden2013, newFirmsSweden,
                stockholmCounty)), MELLERSTA_NORRLAND, TODAY);
        assertThat(realOnly.usesExampleData()).as("the example figure of Stockholm is not used").isFalse();
        assertThat(realOnly.sources()).containsExactly(StatisticsTest.SCB);
        assertThat(realOnly.sections()).allMatch(s -> s.byRegion().isEmpty() && s.comments().isEmpty());
    }

    @Test
    void without_a_national_figure_the_latest_regional_year_is_shown_without_comparison() {
        Figure earlier = count(OWNERS, "23", 2020, 10, 30, true);
        Figure later = count(OWNERS, "23", 2021, 12, 28, true);

        InformationMaterial.Section section = InformationMaterial.compose(Statistics.of(List.of(earlier, later)),
                MELLERSTA_NORRLAND, TODAY).sections().get(0);

        assertThat(section.byRegion().orElseThrow().year()).isEqualTo(2021);
        assertThat(section.byRegion().orElseThrow().national()).isEmpty();
        assertThat(section.byRegion().orElseThrow().comparison(later)).isEmpty();
        // only the change: 12/40 - 10/40 = 0.30 - 0.25 = 0.05 -> 5 points
        assertThat(section.comments()).singleElement().isInstanceOfSatisfying(Comment.Change.class,
                c -> assertThat(c.trend().points()).isEqualByComparingTo("5"));
    }

    @Test
    void no_figure_for_sweden_or_the_region_is_nothing_to_show() {
        assertThatThrownBy(() -> InformationMaterial.compose(Statistics.of(List.of(stockholmCounty)),
                MELLERSTA_NORRLAND, TODAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("sesi stats import");
    }

    @Test
    void municipalities_with_the_same_share_make_no_spread() {
        Figure a = count(OWNERS, "2281", 2013, 1, 3, true);
        Figure b = count(OWNERS, "2380", 2013, 2, 6, true);

        InformationMaterial.Section section = InformationMaterial.compose(Statistics.of(List.of(a, b)),
                MELLERSTA_NORRLAND, TODAY).sections().get(0);

        assertThat(section.comments()).isEmpty();
    }
}
