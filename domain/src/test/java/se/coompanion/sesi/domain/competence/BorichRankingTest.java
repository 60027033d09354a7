package se.coompanion.sesi.domain.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class BorichRankingTest {

    static final OrganisationNumber E1 = OrganisationNumber.parse("556016-0680");
    static final OrganisationNumber E2 = OrganisationNumber.parse("716460-3867");
    static final OrganisationNumber E3 = OrganisationNumber.parse("212000-2411");
    static final OrganisationNumber E4 = OrganisationNumber.parse("769637-4128");

    static final CompetenceArea AREA = new CompetenceArea(CompetenceKey.parse("x"), "X", "X");
    /** Competences a to g in this order. */
    static final CompetenceFramework FRAMEWORK = CompetenceFramework.of(Stream.of("a", "b", "c", "d", "e", "f", "g")
            .map(k -> new Competence(CompetenceKey.parse(k), AREA, k.toUpperCase(), k.toUpperCase())).toList());

    static Rating rating(OrganisationNumber enterprise, String competence, int current, int required) {
        return new Rating(enterprise, CompetenceKey.parse(competence), Level.of(current), Level.of(required));
    }

    private final List<Rating> ratings = List.of(
            // a: gaps 5-2=3, 4-3=1, 3-4=-1, sum 3; required 5+4+3=12, N=3, mean required 12/3=4
            //    MWDS = 3 * 4 / 3 = 4.0; mean gap 3/3 = 1.0; gap >= 2: one (E1)
            rating(E1, "a", 2, 5), rating(E2, "a", 3, 4), rating(E3, "a", 4, 3),
            // b: gaps 4-1=3, 4-2=2, sum 5; required 4+4=8, N=2, mean 4; MWDS = 5 * 4 / 2 = 10.0; mean gap 2.5;
            //    gap >= 2: two
            rating(E1, "b", 1, 4), rating(E2, "b", 2, 4),
            // c: gaps 3-1=2, 3-2=1, 3-3=0, 2-2=0, sum 3; required 3+3+3+2=11, N=4, mean 11/4=2.75
            //    MWDS = 3 * 2.75 / 4 = 8.25 / 4 = 2.0625; mean gap 3/4 = 0.75; gap >= 2: one
            rating(E1, "c", 1, 3), rating(E2, "c", 2, 3), rating(E3, "c", 3, 3), rating(E4, "c", 2, 2),
            // d: gaps 4-3=1, 4-3=1, sum 2; required 4+4=8, N=2, mean 4; MWDS = 2 * 4 / 2 = 4.0 (as a, at N=2);
            //    gap >= 2: none
            rating(E1, "d", 3, 4), rating(E2, "d", 3, 4),
            // e: gaps 4-2=2, 4-2=2, 4-5=-1, sum 3; required 12, N=3, mean 4; MWDS = 3 * 4 / 3 = 4.0; gap >= 2: two
            rating(E1, "e", 2, 4), rating(E2, "e", 2, 4), rating(E3, "e", 5, 4),
            // f: a's figures exactly: gaps 3, 1, -1, required 5, 4, 3: MWDS 4.0, N=3, gap >= 2: one
            rating(E1, "f", 2, 5), rating(E2, "f", 3, 4), rating(E3, "f", 4, 3),
            // g: gap 2-5=-3, sum -3; required 2, N=1, mean 2; MWDS = -3 * 2 / 1 = -6.0 (a level above the need)
            rating(E4, "g", 5, 2));

    @Test
    void mwds_is_the_sum_of_gaps_times_the_mean_required_over_n() {
        List<CompetenceScore> scores = BorichRanking.scores(FRAMEWORK, ratings);

        CompetenceScore a = scores.get(0);
        assertThat(a.competence().key().value()).isEqualTo("a");
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.gapSum()).isEqualTo(3);
        assertThat(a.requiredSum()).isEqualTo(12);
        assertThat(a.mwds()).isEqualByComparingTo("4.0");
        assertThat(a.meanGap()).isEqualByComparingTo("1.0");
        assertThat(a.meanRequired()).isEqualByComparingTo("4.0");
        assertThat(a.gapAtLeastTwo()).isEqualTo(1);
        assertThat(scores.get(1).mwds()).isEqualByComparingTo("10.0");
        assertThat(scores.get(1).meanGap()).isEqualByComparingTo("2.5");
        assertThat(scores.get(1).gapAtLeastTwo()).isEqualTo(2);
        assertThat(scores.get(2).mwds()).isEqualByComparingTo("2.0625");
        assertThat(scores.get(2).meanGap()).isEqualByComparingTo("0.75");
        assertThat(scores.get(3).mwds()).isEqualByComparingTo("4.0");
        assertThat(scores.get(3).gapAtLeastTwo()).isZero();
        assertThat(scores.get(6).mwds()).isEqualByComparingTo("-6.0");
    }

    @Test
    void ranked_by_mwds_then_n_then_gaps_of_two_or_more_then_the_frameworks_order() {
        List<BorichRanking.Ranked> ranking = BorichRanking.rank(FRAMEWORK, ratings);

        // b 10.0 first; then four at 4.0: e, a, f (N=3) before d (N=2); among N=3, e has two gaps >= 2, a and f one;
        // a before f by the framework's order; then c 2.0625; g -6.0 last
        assertThat(ranking).extracting(r -> r.score().competence().key().value())
                .containsExactly("b", "e", "a", "f", "d", "c", "g");
        assertThat(ranking).extracting(BorichRanking.Ranked::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void mwds_is_compared_exactly_not_after_rounding() {
        // 1 * 4 / 3^2 = 4/9 = 0.4444...: shown to 10 decimals, compared as the exact fraction
        CompetenceScore fourNinths = new CompetenceScore(FRAMEWORK.require("a"), 3, 1, 4, 0);
        CompetenceScore alsoFourNinths = new CompetenceScore(FRAMEWORK.require("b"), 3, 1, 4, 0);
        // 1 * 4 / 2^2 = 1.0
        CompetenceScore one = new CompetenceScore(FRAMEWORK.require("c"), 2, 1, 4, 0);

        assertThat(fourNinths.mwds()).isEqualByComparingTo("0.4444444444");
        assertThat(CompetenceScore.BY_MWDS_DESCENDING.compare(fourNinths, alsoFourNinths)).isZero();
        assertThat(CompetenceScore.BY_MWDS_DESCENDING.compare(one, fourNinths)).isNegative();
        assertThat(CompetenceScore.BY_MWDS_DESCENDING.compare(fourNinths, one)).isPositive();
    }

    @Test
    void a_competence_nobody_rated_has_no_score_and_a_key_outside_the_framework_is_an_error() {
        List<Rating> one = List.of(rating(E1, "b", 1, 4));

        assertThat(BorichRanking.rank(FRAMEWORK, one)).singleElement()
                // gap 4-1=3, required 4, N=1: MWDS = 3 * 4 / 1 = 12
                .satisfies(r -> assertThat(r.score().mwds()).isEqualByComparingTo("12"));
        assertThatThrownBy(() -> BorichRanking.rank(FRAMEWORK, List.of(rating(E1, "z", 1, 4))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("Competence z is not in the competence");
    }

    @Test
    void the_gap_matrix_has_a_row_per_enterprise_and_nothing_where_not_rated() {
        GapMatrix matrix = GapMatrix.of(FRAMEWORK, ratings);

        assertThat(matrix.enterprises()).containsExactly(E3, E1, E2, E4);
        assertThat(matrix.gap(E1, CompetenceKey.parse("a"))).hasValue(3);
        assertThat(matrix.gap(E3, CompetenceKey.parse("a"))).hasValue(-1);
        assertThat(matrix.gap(E4, CompetenceKey.parse("a"))).isEmpty();
        assertThat(matrix.gap(E4, CompetenceKey.parse("g"))).hasValue(-3);
    }

    @Test
    void levels_are_whole_numbers_from_one_to_five() {
        assertThat(Level.parse(" 5 ").value()).isEqualTo(5);
        assertThatThrownBy(() -> Level.parse("6")).hasMessage("Level 6: write a whole number from 1 to 5");
        assertThatThrownBy(() -> Level.parse("0")).hasMessage("Level 0: write a whole number from 1 to 5");
        assertThatThrownBy(() -> Level.parse("3,5")).hasMessage("Level 3,5: write a whole number from 1 to 5");
        assertThat(rating(E1, "a", 4, 2).gap()).isEqualTo(-2);
    }
}
