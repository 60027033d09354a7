package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;

class FrameEligibilityTest {

    private static final Set<County> MELLERSTA_NORRLAND = Set.of(County.of("22"), County.of("23"));
    private static final Municipality SUNDSVALL = Municipality.of("2281");
    private static final Municipality UMEA = Municipality.of("2480");

    private static FrameEligibility assess(LegalForm form, BusinessActivity activity, Municipality where) {
        return FrameEligibility.assess(form, activity, where, MELLERSTA_NORRLAND);
    }

    @Test
    void an_ekonomisk_forening_in_the_region_is_eligible_whatever_the_business_column_says() {
        for (BusinessActivity activity : BusinessActivity.values()) {
            FrameEligibility eligibility = assess(LegalForm.EKONOMISK_FORENING, activity, SUNDSVALL);
            assertThat(eligibility.isEligible()).isTrue();
            assertThat(eligibility.businessActivityUnconfirmed()).isFalse();
        }
    }

    @Test
    void an_ideell_forening_is_eligible_with_business_activity_and_excluded_without() {
        assertThat(assess(LegalForm.IDEELL_FORENING, BusinessActivity.YES, SUNDSVALL))
                .isEqualTo(FrameEligibility.eligible());
        assertThat(assess(LegalForm.IDEELL_FORENING, BusinessActivity.NO, SUNDSVALL).exclusions())
                .containsExactly(ExclusionReason.NO_BUSINESS_ACTIVITY);
    }

    @Test
    void an_ideell_forening_of_unknown_business_activity_is_included_to_be_confirmed() {
        FrameEligibility unknown = assess(LegalForm.IDEELL_FORENING, BusinessActivity.UNKNOWN, SUNDSVALL);

        assertThat(unknown.isEligible()).isTrue();
        assertThat(unknown.businessActivityUnconfirmed()).isTrue();
    }

    @Test
    void other_legal_forms_and_places_outside_the_region_are_excluded_with_every_reason() {
        assertThat(assess(LegalForm.AKTIEBOLAG, BusinessActivity.YES, SUNDSVALL).exclusions())
                .containsExactly(ExclusionReason.LEGAL_FORM);
        assertThat(assess(LegalForm.EKONOMISK_FORENING, BusinessActivity.YES, UMEA).exclusions())
                .containsExactly(ExclusionReason.OUTSIDE_REGION);
        assertThat(assess(LegalForm.IDEELL_FORENING, BusinessActivity.NO, UMEA).exclusions())
                .containsExactly(ExclusionReason.NO_BUSINESS_ACTIVITY, ExclusionReason.OUTSIDE_REGION);
        assertThat(assess(LegalForm.IDEELL_FORENING, BusinessActivity.UNKNOWN, UMEA).businessActivityUnconfirmed())
                .isFalse();
        assertThat(assess(LegalForm.STIFTELSE, BusinessActivity.UNKNOWN, UMEA).exclusions())
                .containsExactly(ExclusionReason.LEGAL_FORM, ExclusionReason.OUTSIDE_REGION);
    }

    @Test
    void business_activity_reads_the_words_of_the_frame_format() {
        assertThat(BusinessActivity.parse("Ja")).isEqualTo(BusinessActivity.YES);
        assertThat(BusinessActivity.parse("TRUE")).isEqualTo(BusinessActivity.YES);
        assertThat(BusinessActivity.parse("1")).isEqualTo(BusinessActivity.YES);
        assertThat(BusinessActivity.parse("nej")).isEqualTo(BusinessActivity.NO);
        assertThat(BusinessActivity.parse("no")).isEqualTo(BusinessActivity.NO);
        assertThat(BusinessActivity.parse("0")).isEqualTo(BusinessActivity.NO);
        assertThat(BusinessActivity.parse(" ")).isEqualTo(BusinessActivity.UNKNOWN);
        assertThatThrownBy(() -> BusinessActivity.parse("kanske"))
                .isInstanceOf(DomainException.class).hasMessageContaining("kanske").hasMessageContaining("ja/nej");
    }
}
