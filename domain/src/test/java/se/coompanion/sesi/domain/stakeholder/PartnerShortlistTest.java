package se.coompanion.sesi.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.ActorKey;

class PartnerShortlistTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    private static StakeholderAssessment assess(String actor, LocalDate on, int power, int interest, int attitude,
            Candidacy candidacy) {
        return new StakeholderAssessment(new ActorKey(actor), on, new Score(power), new Score(interest),
                new Attitude(attitude), Optional.empty(), candidacy, Optional.empty());
    }

    private static StakeholderAssessment assess(String actor, int power, int interest, int attitude,
            Candidacy candidacy) {
        return assess(actor, MARCH, power, interest, attitude, candidacy);
    }

    @Test
    void ordered_by_candidacy_weight_then_quadrant_then_attitude() {
        List<StakeholderAssessment> current = List.of(
                assess("reference", 5, 5, 2, Candidacy.REFERENCE_GROUP),       // weight 1
                assess("none", 5, 5, 2, Candidacy.NONE),                       // not on the list
                assess("partner-monitor", 2, 2, 2, Candidacy.COOPERATION_PARTNER),     // 2, MONITOR
                assess("partner-informed", 2, 5, -1, Candidacy.COOPERATION_PARTNER),   // 2, KEEP_INFORMED
                assess("partner-satisfied", 5, 2, 0, Candidacy.COOPERATION_PARTNER),   // 2, KEEP_SATISFIED
                assess("partner-close-sceptic", 4, 4, -1, Candidacy.COOPERATION_PARTNER), // 2, MANAGE_CLOSELY, -1
                assess("partner-close-champion", 4, 4, 2, Candidacy.COOPERATION_PARTNER), // 2, MANAGE_CLOSELY, +2
                assess("financier", 1, 1, -2, Candidacy.CO_FINANCIER),         // weight 3, even though MONITOR
                assess("applicant", 3, 3, 0, Candidacy.CO_APPLICANT));         // weight 4

        List<PartnerShortlist.Entry> shortlist = PartnerShortlist.of(current);

        assertThat(shortlist).extracting(e -> e.assessment().actor().value()).containsExactly(
                "applicant", "financier", "partner-close-champion", "partner-close-sceptic", "partner-satisfied",
                "partner-informed", "partner-monitor", "reference");
        assertThat(shortlist).extracting(PartnerShortlist.Entry::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void equal_candidacy_quadrant_and_attitude_fall_back_to_power_interest_and_key() {
        List<PartnerShortlist.Entry> shortlist = PartnerShortlist.of(List.of(
                assess("b-lower-interest", 5, 4, 1, Candidacy.REFERENCE_GROUP),
                assess("c-same", 5, 5, 1, Candidacy.REFERENCE_GROUP),
                assess("a-same", 5, 5, 1, Candidacy.REFERENCE_GROUP),
                assess("d-lower-power", 4, 5, 1, Candidacy.REFERENCE_GROUP)));

        assertThat(shortlist).extracting(e -> e.assessment().actor().value())
                .containsExactly("a-same", "c-same", "b-lower-interest", "d-lower-power");
    }

    @Test
    void no_candidates_no_shortlist() {
        assertThat(PartnerShortlist.of(List.of(assess("x", 5, 5, 2, Candidacy.NONE)))).isEmpty();
    }

    @Test
    void the_latest_date_counts_and_a_back_dated_assessment_only_joins_the_history() {
        StakeholderAssessment march = assess("region", MARCH, 4, 2, 0, Candidacy.NONE);
        StakeholderAssessment may = assess("region", MARCH.plusMonths(2), 4, 5, 1, Candidacy.CO_FINANCIER);
        StakeholderAssessment mayAgain = assess("region", MARCH.plusMonths(2), 5, 5, 2, Candidacy.CO_APPLICANT);
        StakeholderAssessment backDated = assess("region", MARCH.minusMonths(1), 1, 1, -2, Candidacy.NONE);
        StakeholderAssessment other = assess("kommun", MARCH, 2, 2, 0, Candidacy.NONE);

        assertThat(AssessmentHistory.current(List.of(march, other, may, backDated)))
                .containsEntry(new ActorKey("region"), may).containsEntry(new ActorKey("kommun"), other).hasSize(2);
        assertThat(AssessmentHistory.current(List.of(march, may, mayAgain)).get(new ActorKey("region")))
                .as("the same day: the one recorded last").isEqualTo(mayAgain);
        assertThat(AssessmentHistory.currentOf(List.of(march, may, backDated))).contains(may);
        assertThat(AssessmentHistory.chronological(List.of(march, may, backDated)))
                .containsExactly(backDated, march, may);
        assertThat(march.quadrant()).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(may.quadrant()).as("the stakeholder moved").isEqualTo(Quadrant.MANAGE_CLOSELY);
    }
}
