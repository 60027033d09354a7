package se.coompanion.sesi.domain.prestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.Municipality;

class PreStudyTest {

    @Test
    void the_sesi_plan_holds_every_fact_of_the_seed_header() {
        ProjectFacts facts = SesiPlan.facts();
        assertThat(facts.caseNumber().value()).isEqualTo("23-032-S01");
        assertThat(facts.name()).isEqualTo("Socialt entreprenörskap social innovation - SESI");
        assertThat(facts.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(facts.period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(facts.country()).isEqualTo("Sverige");
        assertThat(facts.fund()).isEqualTo("ESF+");
        assertThat(facts.programmeCci()).contains("2021SE05SFPR");
        assertThat(facts.ownerOrgNumber().formatted()).isEqualTo("716460-3867");
        assertThat(facts.ownerName()).isEqualTo("Coompanion - Kooperativ Utveckling Västernorrland");
        assertThat(facts.euCoFinancingRate().orElseThrow().value()).isEqualByComparingTo("40");
        assertThat(facts.programmeArea()).contains("D");
        assertThat(facts.specificObjective()).contains("D1");
        assertThat(facts.childPovertyTheme()).isFalse();
        assertThat(facts.regionName()).contains("Mellersta Norrland");
        assertThat(facts.nuts2Code()).contains("SE32");
        assertThat(facts.beneficiaryPostalCode().orElseThrow().formatted()).isEqualTo("852 33");
        assertThat(facts.beneficiaryTown()).contains("SUNDSVALL");
        assertThat(facts.interventionType()).contains("175");
        assertThat(facts.participants()).isZero();
        assertThat(facts.strategicImportance()).isFalse();
    }

    @Test
    void the_target_set_is_the_fifteen_municipalities_of_counties_22_and_23_from_the_reference_data() {
        PreStudy sesi = SesiPlan.preStudy();
        assertThat(sesi.targetMunicipalities()).hasSize(15);
        assertThat(sesi.targetMunicipalities()).allMatch(m -> m.county().code().matches("2[23]"));
        assertThat(sesi.isInRegion(Municipality.of("2281"))).isTrue();
        assertThat(sesi.isInRegion(Municipality.of("2480"))).isFalse();
    }

    @Test
    void the_sesi_plan_has_the_eight_activities_with_the_targets_of_the_domain() {
        PreStudy sesi = SesiPlan.preStudy();
        assertThat(sesi.activities()).extracting(Activity::key).containsExactly(ActivityKey.values());
        assertThat(sesi.activity(ActivityKey.COMPETENCE_MAPPING).orElseThrow().target())
                .isEqualTo(Target.fixed(10, TargetUnit.ENTERPRISES));
        assertThat(sesi.activity(ActivityKey.NEEDS_ANALYSIS).orElseThrow().target())
                .isEqualTo(Target.all(TargetUnit.MUNICIPALITIES));
        assertThat(sesi.activity(ActivityKey.ANALYSIS_SEMINAR).orElseThrow().target().quantity()).isEqualTo(1);
    }

    @Test
    void a_target_is_counted_in_the_activitys_own_unit() {
        assertThatThrownBy(() -> new Activity(ActivityKey.NEEDS_ANALYSIS, Target.fixed(3, TargetUnit.SEMINARS)))
                .hasMessageContaining("counted in MUNICIPALITIES");
        assertThatThrownBy(() -> Target.fixed(0, TargetUnit.SEMINARS)).hasMessageContaining("at least 1");
    }

    @Test
    void a_new_target_replaces_the_old_one() {
        PreStudy changed = SesiPlan.preStudy().withTarget(ActivityKey.COMPETENCE_MAPPING,
                Target.fixed(12, TargetUnit.ENTERPRISES));
        assertThat(changed.activities()).hasSize(8);
        assertThat(changed.activity(ActivityKey.COMPETENCE_MAPPING).orElseThrow().target().quantity()).isEqualTo(12);
    }

    @Test
    void activity_names_exist_in_both_languages() {
        Locale sv = Locale.forLanguageTag("sv");
        for (ActivityKey key : ActivityKey.values()) {
            assertThat(key.title().toString()).doesNotContain("activity.");
            assertThat(key.title().format(sv)).doesNotContain("activity.").isNotEqualTo(key.title().toString());
            assertThat(key.description().format(sv)).doesNotContain("activity.");
        }
        assertThat(ActivityKey.NEEDS_ANALYSIS.title().format(sv)).isEqualTo("Behovsanalys");
        assertThat(ActivityKey.parse("needs-analysis")).isEqualTo(ActivityKey.NEEDS_ANALYSIS);
        assertThatThrownBy(() -> ActivityKey.parse("NEEDS")).hasMessageContaining("allowed are ENVIRONMENTAL_SCAN");
    }
}
