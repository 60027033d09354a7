package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class DispositionCountsTest {

    /** I=40 P=10 R=8 NC=4 O=3 UH=30 UO=5 NE=10: every disposition present. */
    private static final DispositionCounts EVERY_CODE = new DispositionCounts(40, 10, 8, 4, 3, 30, 5, 10);

    @Test
    void rr1_is_completes_over_every_unit_of_known_or_unknown_eligibility() {
        // RR1 = I / ((I+P) + (R+NC+O) + (UH+UO)) = 40 / (50 + 15 + 35) = 40 / 100
        assertThat(EVERY_CODE.rr1()).hasValue(0.40);
    }

    @Test
    void rr2_counts_partials_as_respondents() {
        // RR2 = (I+P) / ((I+P) + (R+NC+O) + (UH+UO)) = 50 / 100
        assertThat(EVERY_CODE.rr2()).hasValue(0.50);
    }

    @Test
    void e_is_the_eligible_share_among_units_of_known_eligibility() {
        // e = (I+P+R+NC+O) / (I+P+R+NC+O+NE) = 65 / 75 = 0.8667
        assertThat(EVERY_CODE.e().getAsDouble()).isCloseTo(65.0 / 75.0, within(1e-12));
    }

    @Test
    void rr3_discounts_the_units_of_unknown_eligibility_by_e() {
        // RR3 = I / ((I+P) + (R+NC+O) + e(UH+UO)) = 40 / (65 + (65/75) * 35) = 40 / (65 + 30.3333)
        //     = 40 / 95.3333 = 3000 / 7150 = 0.41958...
        assertThat(EVERY_CODE.rr3().getAsDouble()).isCloseTo(3000.0 / 7150.0, within(1e-12));
        assertThat(Math.round(EVERY_CODE.rr3().getAsDouble() * 10000)).isEqualTo(4196);
    }

    @Test
    void coop1_is_completes_over_the_units_contacted() {
        // COOP1 = I / ((I+P) + R + O) = 40 / (50 + 8 + 3) = 40 / 61 = 0.65574 (NC is not in it)
        assertThat(EVERY_CODE.coop1().getAsDouble()).isCloseTo(40.0 / 61.0, within(1e-12));
        assertThat(Math.round(EVERY_CODE.coop1().getAsDouble() * 10000)).isEqualTo(6557);
    }

    @Test
    void not_eligible_units_are_in_no_denominator_of_rr1_and_rr2() {
        DispositionCounts moreIneligible = EVERY_CODE.plus(Disposition.NOT_ELIGIBLE, 100);

        assertThat(moreIneligible.rr1()).isEqualTo(EVERY_CODE.rr1());
        assertThat(moreIneligible.rr2()).isEqualTo(EVERY_CODE.rr2());
        // but e falls: 65 / 175, and RR3 rises: 40 / (65 + (65/175) * 35) = 40 / 78 = 0.5128
        assertThat(moreIneligible.rr3().getAsDouble()).isCloseTo(40.0 / 78.0, within(1e-12));
    }

    @Test
    void with_no_units_no_rate_is_defined() {
        DispositionCounts none = DispositionCounts.NONE;

        assertThat(none.rr1()).isEmpty();
        assertThat(none.rr2()).isEmpty();
        assertThat(none.rr3()).isEmpty();
        assertThat(none.coop1()).isEmpty();
        assertThat(none.e()).isEmpty();
    }

    @Test
    void with_nothing_returned_rr1_and_rr2_are_0_and_rr3_and_coop1_are_not_defined() {
        // 120 units, all UH: RR1 = 0/120 = 0, RR2 = 0/120 = 0; e = 0/0 (no unit's eligibility is known), so RR3 is
        // not defined; COOP1 = 0/0.
        DispositionCounts nothing = DispositionCounts.NONE.plus(Disposition.UNKNOWN_NO_RETURN, 120);

        assertThat(nothing.rr1()).hasValue(0.0);
        assertThat(nothing.rr2()).hasValue(0.0);
        assertThat(nothing.e()).isEmpty();
        assertThat(nothing.rr3()).isEmpty();
        assertThat(nothing.coop1()).isEmpty();
    }

    @Test
    void with_every_unit_ineligible_no_rate_is_defined_but_e_is_0() {
        // 7 units, all NE: RR1 = 0/0, RR2 = 0/0, e = 0/7 = 0, RR3 = 0/(0 + 0*0) = 0/0, COOP1 = 0/0
        DispositionCounts ineligible = DispositionCounts.NONE.plus(Disposition.NOT_ELIGIBLE, 7);

        assertThat(ineligible.rr1()).isEmpty();
        assertThat(ineligible.rr2()).isEmpty();
        assertThat(ineligible.e()).hasValue(0.0);
        assertThat(ineligible.rr3()).isEmpty();
        assertThat(ineligible.coop1()).isEmpty();
    }

    @Test
    void ineligible_and_unknown_units_only_leave_rr3_undefined_since_e_is_0() {
        // NE=5, UH=10: RR1 = 0/10 = 0, e = 0/5 = 0, RR3 = 0 / (0 + 0*10) = 0/0
        DispositionCounts counts = new DispositionCounts(0, 0, 0, 0, 0, 10, 0, 5);

        assertThat(counts.rr1()).hasValue(0.0);
        assertThat(counts.rr3()).isEmpty();
    }

    @Test
    void counts_add_up_by_code_and_refuse_negative_numbers() {
        DispositionCounts counts = DispositionCounts.of(Map.of(Disposition.COMPLETE, 3L, Disposition.REFUSAL, 2L));

        assertThat(counts.plus(counts)).isEqualTo(new DispositionCounts(6, 0, 4, 0, 0, 0, 0, 0));
        assertThat(EVERY_CODE.total()).isEqualTo(110);
        assertThat(EVERY_CODE.count(Disposition.UNKNOWN_UNDELIVERABLE)).isEqualTo(5);
        assertThatThrownBy(() -> new DispositionCounts(-1, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(DomainException.class);
    }
}
