package se.coompanion.sesi.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class LearningDomainTest {

    private static final LocalDate RUN = LocalDate.of(2024, 1, 30);

    private static LearningModule module(String key, List<String> objectives, String... competences) {
        return new LearningModule(ModuleKey.parse(key), "Modul " + key, ImmutableList.copyOf(objectives),
                ImmutableSortedSet.copyOf(List.of(competences).stream().map(CompetenceKey::parse).toList()),
                DeliveryFormat.CLASSROOM, new BigDecimal("3"), ImmutableList.of());
    }

    private static ModuleEvaluation evaluation(String participant, String module, Integer satisfaction,
            Integer relevance, SelfAssessment... assessments) {
        return new ModuleEvaluation(1, ParticipantCode.parse(participant), ModuleKey.parse(module),
                Optional.ofNullable(satisfaction), Optional.ofNullable(relevance), ImmutableList.copyOf(assessments),
                FollowUp.NONE);
    }

    @Test
    void a_module_has_objectives_a_format_hours_in_quarters_and_a_stable_key() {
        LearningModule m = module("m1", List.of("Förstå reserverade kontrakt", " Skriva ett anbud "),
                "public_procurement");

        assertThat(m.key()).isEqualTo(new ModuleKey("M1"));
        assertThat(m.objective(2)).isEqualTo("Skriva ett anbud");
        assertThat(m.hours()).isEqualTo(new BigDecimal("3.00"));
        assertThat(LearningModule.parseHours("2,5")).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> LearningModule.parseHours("2.3")).hasMessageStartingWith("Hours 2.3: more than 0");
        assertThatThrownBy(() -> LearningModule.parseHours("0")).hasMessageStartingWith("Hours 0:");
        assertThatThrownBy(() -> module("M2", List.of())).hasMessage("Module M2 needs at least one learning objective");
        assertThatThrownBy(() -> ModuleKey.parse("1A")).hasMessageStartingWith("Module 1A: a module key");
        assertThat(DeliveryFormat.parse("study-visit")).isEqualTo(DeliveryFormat.STUDY_VISIT);
    }

    @Test
    void a_new_version_says_what_changed_and_why_and_modules_are_compared_by_key() {
        assertThat(new ProgrammeVersion(1, "Lärprogram", Optional.empty(), Optional.empty(), RUN).changes()).isEmpty();
        assertThatThrownBy(() -> new ProgrammeVersion(2, "Lärprogram", Optional.of("Kortare modul 2"),
                Optional.empty(), RUN)).hasMessageStartingWith("Version 2: a new version records what changed");

        LearningModule m1 = module("M1", List.of("Mål"), "public_procurement");
        LearningModule m2 = module("M2", List.of("Mål"));
        LearningModule m3 = module("M3", List.of("Mål"));
        LearningModule m2Changed = module("M2", List.of("Mål", "Nytt mål"));
        LearningModule m4 = module("M4", List.of("Mål"));

        assertThat(ModuleChange.between(List.of(m1, m2, m3), List.of(m1, m2Changed, m4)))
                .extracting(ModuleChange::key, ModuleChange::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new ModuleKey("M1"), ModuleChange.Kind.CARRIED_OVER),
                        org.assertj.core.groups.Tuple.tuple(new ModuleKey("M2"), ModuleChange.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(new ModuleKey("M4"), ModuleChange.Kind.NEW),
                        org.assertj.core.groups.Tuple.tuple(new ModuleKey("M3"), ModuleChange.Kind.REMOVED));
        assertThat(ModuleChange.between(List.of(), List.of(m1))).extracting(ModuleChange::kind)
                .containsExactly(ModuleChange.Kind.NEW);
    }

    @Test
    void the_follow_up_is_planned_3_to_6_months_after_the_run() {
        // run 2024-01-30: window from 2024-04-30 (plus 3 months) to 2024-07-30 (plus 6 months), both included
        assertThat(FollowUp.windowStart(RUN)).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(FollowUp.windowEnd(RUN)).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThat(FollowUp.plannedFor(RUN, LocalDate.of(2024, 4, 30))).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(FollowUp.plannedFor(RUN, LocalDate.of(2024, 7, 30))).isEqualTo(LocalDate.of(2024, 7, 30));
        assertThatThrownBy(() -> FollowUp.plannedFor(RUN, LocalDate.of(2024, 4, 29)))
                .hasMessage("Follow-up planned for 2024-04-29: it must be 3 to 6 months after the pilot run of "
                        + "2024-01-30, from 2024-04-30 to 2024-07-30");
        assertThatThrownBy(() -> FollowUp.plannedFor(RUN, LocalDate.of(2024, 7, 31))).isNotNull();
        assertThatThrownBy(() -> FollowUp.doneFor(RUN, RUN)).hasMessageStartingWith("Follow-up done on 2024-01-30");
        // a run on 30 November: plus 3 months is 29 February in a leap year (the month's last day)
        assertThat(FollowUp.windowStart(LocalDate.of(2023, 11, 30))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> new FollowUp(Optional.empty(), Optional.empty(), Optional.of(Applied.YES),
                Optional.empty())).hasMessageStartingWith("What the follow-up found");
        assertThat(Applied.parse("delvis")).isEqualTo(Applied.PARTLY);
    }

    @Test
    void an_evaluation_gives_some_level_1_or_2_value_on_the_1_to_5_scale() {
        assertThatThrownBy(() -> evaluation("P01", "M1", null, null)).hasMessageStartingWith("An evaluation gives");
        assertThatThrownBy(() -> evaluation("P01", "M1", 6, null)).hasMessage("Satisfaction 6: must be a whole "
                + "number from 1 to 5");
        assertThatThrownBy(() -> new SelfAssessment(2, 0, 3)).hasMessageStartingWith("Level before (objective 2) 0");
        assertThatThrownBy(() -> evaluation("P01", "M1", null, null, new SelfAssessment(1, 2, 3),
                new SelfAssessment(1, 3, 4))).hasMessage("Objective 1 is assessed twice in one evaluation");
        assertThatThrownBy(() -> ParticipantCode.parse("Anna Berg")).hasMessageStartingWith("Participant ANNA BERG");
        assertThat(new SelfAssessment(1, 4, 2).gain()).isEqualTo(-2);
    }

    @Test
    void reaction_per_module_and_gain_per_objective_come_with_their_n() {
        LearningModule m1 = module("M1", List.of("Mål 1", "Mål 2"));
        LearningModule m2 = module("M2", List.of("Mål 1"));
        List<ModuleEvaluation> evaluations = List.of(
                evaluation("P01", "M1", 5, 4, new SelfAssessment(1, 2, 4), new SelfAssessment(2, 1, 3)),
                evaluation("P02", "M1", 4, 5, new SelfAssessment(1, 3, 4)),
                evaluation("P03", "M1", 3, null, new SelfAssessment(1, 2, 2), new SelfAssessment(2, 2, 5)),
                evaluation("P01", "M2", null, null, new SelfAssessment(1, 4, 3)));

        List<LearningResults.Reaction> reactions = LearningResults.reactions(List.of(m1, m2), evaluations);
        // M1 satisfaction: N = 3, (5 + 4 + 3) / 3 = 4; relevance: N = 2, (4 + 5) / 2 = 4.5
        assertThat(reactions.get(0).satisfaction()).isEqualTo(new Mean(3, 12));
        assertThat(reactions.get(0).relevance().value()).contains(new BigDecimal("4.5000000000"));
        // M2: no level-1 value, N = 0, no mean
        assertThat(reactions.get(1).satisfaction().value()).isEmpty();

        List<LearningResults.Gain> gains = LearningResults.gains(List.of(m1, m2), evaluations);
        // M1 objective 1: before 2, 3, 2 (N = 3, mean 7/3); after 4, 4, 2 (mean 10/3); gains 2, 1, 0: mean 3/3 = 1
        assertThat(gains.get(0).before()).isEqualTo(new Mean(3, 7));
        assertThat(gains.get(0).after()).isEqualTo(new Mean(3, 10));
        assertThat(gains.get(0).gain().value()).contains(new BigDecimal("1.0000000000"));
        // M1 objective 2: gains 3 - 1 = 2 and 5 - 2 = 3, N = 2, mean 5 / 2 = 2.5
        assertThat(gains.get(1).gain()).isEqualTo(new Mean(2, 5));
        assertThat(gains.get(1).text()).isEqualTo("Mål 2");
        // M2 objective 1: a loss, 3 - 4 = -1, N = 1
        assertThat(gains.get(2).gain()).isEqualTo(new Mean(1, -1));
    }

    @Test
    void a_pilot_is_evaluated_with_one_reaction_and_one_learning_value() {
        PilotRun pilot = new PilotRun(1, 1, RUN, ImmutableList.of(new ModuleKey("M1")), new GenderCounts(7, 5, 0, 0),
                Optional.empty());

        assertThat(LearningResults.evaluated(pilot, List.of(evaluation("P01", "M1", 5, null)))).isFalse();
        assertThat(LearningResults.evaluated(pilot, List.of(evaluation("P01", "M1", 5, null),
                evaluation("P02", "M1", null, null, new SelfAssessment(1, 2, 3))))).isTrue();
        assertThatThrownBy(() -> new PilotRun(1, 1, RUN, ImmutableList.of(new ModuleKey("M1")), GenderCounts.ZERO,
                Optional.empty())).hasMessageStartingWith("A pilot run has at least one participant");
    }

    @Test
    void coverage_takes_the_five_largest_borich_gaps_and_names_the_modules_that_address_them() {
        CompetenceFramework framework = CompetenceFramework.standard();
        List<Rating> ratings = new ArrayList<>();
        OrganisationNumber enterprise = OrganisationNumber.parse("769637-4128");
        // One enterprise, required 5 everywhere: MWDS = gap x 5 / 1, so the gap decides the order.
        String[] keys = {"public_procurement", "financing_and_grants", "impact_measurement", "digital_skills",
            "marketing_and_sales", "work_environment"};
        int[] current = {1, 2, 2, 3, 4, 4};
        for (int i = 0; i < keys.length; i++) {
            ratings.add(new Rating(enterprise, CompetenceKey.parse(keys[i]), new Level(current[i]), new Level(5)));
        }
        List<BorichRanking.Ranked> ranking = BorichRanking.rank(framework, ratings);
        LearningModule procurement = module("M1", List.of("Mål"), "public_procurement", "financing_and_grants");
        LearningModule digital = module("M2", List.of("Mål"), "digital_skills", "public_procurement");

        List<LearningResults.Coverage> coverage = LearningResults.coverage(ranking, List.of(procurement, digital));

        // gaps 4, 3, 3, 2, 1, 1: the top five are public_procurement, financing_and_grants, impact_measurement,
        // digital_skills and marketing_and_sales (before work_environment by the framework's order)
        assertThat(coverage).extracting(c -> c.gap().score().competence().key().value()).containsExactly(
                "public_procurement", "financing_and_grants", "impact_measurement", "digital_skills",
                "marketing_and_sales");
        assertThat(coverage).extracting(LearningResults.Coverage::addressed).containsExactly(
                List.of(new ModuleKey("M1"), new ModuleKey("M2")), List.of(new ModuleKey("M1")), List.of(),
                List.of(new ModuleKey("M2")), List.of());
        assertThat(LearningResults.coverage(ranking.subList(0, 2), List.of())).hasSize(2)
                .noneMatch(LearningResults.Coverage::covered);
    }
}
