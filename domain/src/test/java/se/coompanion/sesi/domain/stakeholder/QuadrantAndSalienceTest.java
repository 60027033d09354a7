package se.coompanion.sesi.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.coompanion.sesi.domain.shared.DomainException;

class QuadrantAndSalienceTest {

    private static Quadrant quadrant(int power, int interest) {
        return Quadrant.of(new Score(power), new Score(interest));
    }

    @ParameterizedTest(name = "power {0}, interest {1}: {2}")
    @CsvSource({
        // the four quadrants, each at its extreme corner
        "5, 5, MANAGE_CLOSELY", "5, 1, KEEP_SATISFIED", "1, 5, KEEP_INFORMED", "1, 1, MONITOR",
        // the 3/4 boundary: 4 is HIGH, 3 is LOW, on both axes
        "4, 4, MANAGE_CLOSELY", "4, 3, KEEP_SATISFIED", "3, 4, KEEP_INFORMED", "3, 3, MONITOR"})
    void mendelow_quadrants_with_high_meaning_4_or_5(int power, int interest, Quadrant expected) {
        assertThat(quadrant(power, interest)).isEqualTo(expected);
    }

    @Test
    void every_cell_of_the_5_by_5_grid_falls_in_the_quadrant_of_its_half() {
        for (int power = 1; power <= 5; power++) {
            for (int interest = 1; interest <= 5; interest++) {
                Quadrant q = quadrant(power, interest);
                assertThat(q.highPower()).as("power %d", power).isEqualTo(power >= 4);
                assertThat(q.highInterest()).as("interest %d", interest).isEqualTo(interest >= 4);
            }
        }
    }

    @Test
    void scores_outside_1_to_5_are_refused_naming_the_dimension() {
        assertThatThrownBy(() -> new Score(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Score(6)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Score.power(7))
                .hasMessage("Power 7: must be a whole number from 1 to 5 (4 and 5 are high)");
        assertThatThrownBy(() -> Score.interest(0)).hasMessageStartingWith("Interest 0:");
        assertThat(new Score(4).isHigh()).isTrue();
        assertThat(new Score(3).isHigh()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "none, NON_STAKEHOLDER", "P, DORMANT", "L, DISCRETIONARY", "U, DEMANDING",
        "'P,L', DOMINANT", "'P,U', DANGEROUS", "'L,U', DEPENDENT", "'P,L,U', DEFINITIVE"})
    void mitchell_agle_wood_classes_for_all_eight_combinations(String attributes, SalienceClass expected) {
        assertThat(SalienceAttributes.parse(attributes).salienceClass()).isEqualTo(expected);
    }

    @Test
    void salience_attributes_are_read_in_any_order_case_and_separation() {
        assertThat(SalienceAttributes.parse("u, p")).isEqualTo(new SalienceAttributes(true, false, true));
        assertThat(SalienceAttributes.parse("LPU")).isEqualTo(new SalienceAttributes(true, true, true));
        assertThat(SalienceAttributes.parse("-")).isEqualTo(SalienceAttributes.NONE);
        assertThat(new SalienceAttributes(true, false, true).code()).isEqualTo("P,U");
        assertThat(SalienceAttributes.NONE.code()).isEqualTo("none");
        for (String bad : new String[] {"", "X", "P,P", "PLUS", "power"}) {
            assertThatThrownBy(() -> SalienceAttributes.parse(bad)).as(bad).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void attitude_from_opposes_to_champions() {
        assertThat(new Attitude(-2).title().format(Locale.ROOT)).isEqualTo("opposes");
        assertThat(new Attitude(2).title().format(Locale.forLanguageTag("sv"))).isEqualTo("förespråkar");
        assertThatThrownBy(() -> new Attitude(3)).hasMessageContaining("from -2 (opposes) to 2 (champions)");
        assertThatThrownBy(() -> new Attitude(-3)).isInstanceOf(DomainException.class);
    }

    @Test
    void candidacy_weights_put_the_most_committed_first() {
        assertThat(Candidacy.CO_APPLICANT.weight()).isEqualTo(4);
        assertThat(Candidacy.CO_FINANCIER.weight()).isEqualTo(3);
        assertThat(Candidacy.COOPERATION_PARTNER.weight()).isEqualTo(2);
        assertThat(Candidacy.REFERENCE_GROUP.weight()).isEqualTo(1);
        assertThat(Candidacy.NONE.isCandidate()).isFalse();
        assertThat(Candidacy.parse("co-financier")).isEqualTo(Candidacy.CO_FINANCIER);
        assertThatThrownBy(() -> Candidacy.parse("PARTNER")).hasMessageContaining("CO_APPLICANT");
    }
}
