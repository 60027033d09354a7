package se.coompanion.sesi.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

class NeedsCoverageTest {

    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);

    static NeedsAssessment assessment(String code, AssessmentStatus status) {
        NeedsAssessment assessment = NeedsAssessment.plan(Municipality.of(code), DAY);
        return status == AssessmentStatus.PLANNED ? assessment
                : assessment.with(assessment.change(status, DAY, false, Optional.empty()));
    }

    @Test
    void the_target_set_is_the_fifteen_municipalities_of_the_plans_region() {
        List<Municipality> target = SesiPlan.preStudy().targetMunicipalities();

        NeedsCoverage coverage = NeedsCoverage.of(target, List.of());

        assertThat(coverage.target()).hasSize(15).allSatisfy(r -> assertThat(r.missing()).isTrue());
        assertThat(coverage.missing()).extracting(Municipality::code).startsWith("2260", "2262").endsWith("2380");
        assertThat(coverage.reached()).isZero();
    }

    @Test
    void conducted_and_validated_count_planned_and_booked_do_not_and_outside_the_region_is_apart() {
        List<Municipality> target = SesiPlan.preStudy().targetMunicipalities();
        NeedsAssessment sundsvall = assessment("2281", AssessmentStatus.CONDUCTED).withNeeds(List.of(
                NeedsAssessmentTest.need(Theme.FINANCING, Priority.HIGH, "a"),
                NeedsAssessmentTest.need(Theme.FINANCING, Priority.LOW, "b")));

        NeedsCoverage coverage = NeedsCoverage.of(target, List.of(sundsvall,
                assessment("2380", AssessmentStatus.VALIDATED), assessment("2260", AssessmentStatus.PLANNED),
                assessment("2262", AssessmentStatus.BOOKED), assessment("2180", AssessmentStatus.VALIDATED)));

        // 2281 conducted + 2380 validated = 2; 2260 planned and 2262 booked are assessed but do not count
        assertThat(coverage.reached()).isEqualTo(2);
        assertThat(coverage.assessed()).isEqualTo(4);
        assertThat(coverage.missing()).hasSize(15 - 4);
        assertThat(coverage.count(AssessmentStatus.BOOKED)).isEqualTo(1);
        assertThat(coverage.target()).filteredOn(r -> r.municipality().code().equals("2281")).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).contains(AssessmentStatus.CONDUCTED);
                    assertThat(r.needs()).isEqualTo(2);
                });
        // Gävle (county 21) is outside Mellersta Norrland: shown apart, never counted
        assertThat(coverage.outside()).extracting(r -> r.municipality().code()).containsExactly("2180");
    }
}
