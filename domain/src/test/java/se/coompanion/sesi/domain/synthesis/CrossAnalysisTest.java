package se.coompanion.sesi.domain.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.stakeholder.Attitude;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.Score;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;
import se.coompanion.sesi.domain.survey.QuestionType;

class CrossAnalysisTest {

    private static final Municipality SUNDSVALL = Municipality.of("2281");
    private static final Municipality TIMRA = Municipality.of("2262");
    private static final Municipality OSTERSUND = Municipality.of("2380");
    private static final Municipality KRAMFORS = Municipality.of("2282");
    private static final List<Municipality> REGION = List.of(SUNDSVALL, TIMRA, OSTERSUND, KRAMFORS);

    private static ThemeTally tally(Theme theme, int high, int medium, int low) {
        return new ThemeTally(NeedTheme.of(theme), Optional.empty(), high + medium + low, high, medium, low);
    }

    /** Ranks by the Borich MWDS of hand-made ratings: one enterprise, so MWDS = gap x required. */
    private static List<BorichRanking.Ranked> ranking(String... keysByGap) {
        List<Rating> ratings = new ArrayList<>();
        OrganisationNumber enterprise = OrganisationNumber.parse("769637-4128");
        // the first key gets current 1 / required 5 (MWDS 4 x 5 / 1 = 20), the next 2 / 5 (15), then 3 / 5 (10),
        // 4 / 5 (5), 5 / 5 (0), 5 / 4 (-4): the order given is the rank order
        int[][] levels = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}, {5, 4}};
        for (int i = 0; i < keysByGap.length; i++) {
            ratings.add(new Rating(enterprise, new CompetenceKey(keysByGap[i]), new Level(levels[i][0]),
                    new Level(levels[i][1])));
        }
        return BorichRanking.rank(CompetenceFramework.standard(), ratings);
    }

    @Test
    void the_top_themes_are_the_first_five_raised_and_those_tied_with_the_fifth() {
        List<ThemeTally> tallies = List.of(tally(Theme.WORK_INTEGRATION, 5, 3, 0), tally(Theme.FINANCING, 1, 2, 0),
                tally(Theme.PUBLIC_PROCUREMENT, 1, 3, 1), tally(Theme.SKILLS_SUPPLY, 3, 1, 0),
                tally(Theme.COLLABORATION_STRUCTURE, 1, 1, 0), tally(Theme.KNOWLEDGE_AND_STATUS, 0, 1, 1),
                tally(Theme.BUSINESS_DEVELOPMENT, 0, 0, 1), tally(Theme.WOMENS_ENTREPRENEURSHIP, 0, 0, 0));

        // by municipalities 8, 5, 4, 3 and then 2 (collaboration, 1 high; knowledge, 0 high): both tied at 2 are in
        assertThat(ThemeConvergence.topThemes(tallies)).extracting(t -> t.theme().theme()).containsExactly(
                Theme.WORK_INTEGRATION, Theme.PUBLIC_PROCUREMENT, Theme.SKILLS_SUPPLY, Theme.FINANCING,
                Theme.COLLABORATION_STRUCTURE, Theme.KNOWLEDGE_AND_STATUS);
        assertThat(ThemeConvergence.topThemes(List.of(tally(Theme.FINANCING, 0, 0, 0)))).isEmpty();
    }

    @Test
    void a_theme_counts_the_sources_that_point_at_it() {
        List<ThemeTally> tallies = List.of(tally(Theme.PUBLIC_PROCUREMENT, 3, 1, 0), tally(Theme.FINANCING, 1, 1, 0),
                tally(Theme.SERVICE_IN_SPARSE_AREAS, 1, 0, 0));
        // public_procurement rank 1; financing_and_grants rank 6 (outside the top five), financial_management unrated
        List<BorichRanking.Ranked> ranking = ranking("public_procurement", "digital_skills", "impact_measurement",
                "work_environment", "creativity", "financing_and_grants");
        // behov_upphandling: 4 or 5 from 6 of 10 valid answers (0.6, a majority); behov_finansiering: 4 of 10 (0.4);
        // stod_onskat option 4: 5 of 10 respondents (0.5: exactly half counts as a majority)
        Map<SurveyIndicator, SurveyIndicator.Measured> measured = Map.of(
                SurveyIndicator.of("behov_upphandling", "4", "5"), measured("behov_upphandling", 6, 10, "4", "5"),
                SurveyIndicator.of("behov_finansiering", "4", "5"), measured("behov_finansiering", 4, 10, "4", "5"),
                SurveyIndicator.of("stod_onskat", "4"), measured("stod_onskat", 5, 10, "4"));

        ThemeConvergence convergence = ThemeConvergence.of(tallies, ranking, measured, ThemeLinks.STANDARD);

        ThemeConvergence.ThemeRow procurement = convergence.themes().get(0);
        assertThat(procurement.tally().theme().theme()).isEqualTo(Theme.PUBLIC_PROCUREMENT);
        assertThat(procurement.gaps()).singleElement().satisfies(g -> {
            assertThat(g.ranked()).map(BorichRanking.Ranked::rank).contains(1);
            assertThat(g.top()).isTrue();
        });
        assertThat(procurement.gapSignal()).isTrue();
        assertThat(procurement.surveySignal()).isTrue();
        assertThat(procurement.sources()).isEqualTo(3);

        ThemeConvergence.ThemeRow financing = convergence.themes().get(1);
        assertThat(financing.gaps()).extracting(ThemeConvergence.LinkedGap::top).containsExactly(false, false);
        assertThat(financing.gaps().get(0).ranked()).map(BorichRanking.Ranked::rank).contains(6);
        assertThat(financing.gaps().get(1).ranked()).isEmpty();
        assertThat(financing.answers()).extracting(ThemeConvergence.LinkedAnswer::majority)
                .containsExactly(false, true);
        assertThat(financing.sources()).isEqualTo(2);

        ThemeConvergence.ThemeRow sparse = convergence.themes().get(2);
        assertThat(sparse.gaps()).isEmpty();
        assertThat(sparse.answers()).isEmpty();
        assertThat(sparse.sources()).isEqualTo(1);
    }

    @Test
    void the_top_gaps_show_the_themes_they_speak_for_and_how_many_municipalities_raised_them() {
        List<ThemeTally> tallies = List.of(tally(Theme.PUBLIC_PROCUREMENT, 3, 1, 0), tally(Theme.FINANCING, 0, 0, 0));
        List<BorichRanking.Ranked> ranking = ranking("public_procurement", "financing_and_grants", "creativity");

        ThemeConvergence convergence = ThemeConvergence.of(tallies, ranking, Map.of(), ThemeLinks.STANDARD);

        assertThat(convergence.gaps()).hasSize(3);
        assertThat(convergence.gaps().get(0).themes()).extracting(ThemeTally::municipalities).containsExactly(4);
        assertThat(convergence.gaps().get(0).raised()).isTrue();
        assertThat(convergence.gaps().get(1).themes()).extracting(t -> t.theme().theme())
                .containsExactly(Theme.FINANCING);
        assertThat(convergence.gaps().get(1).raised()).as("financing linked, but raised by no municipality").isFalse();
        assertThat(convergence.gaps().get(2).themes()).as("creativity speaks for no theme").isEmpty();
    }

    @Test
    void an_indicator_reads_a_likert_share_of_valid_answers_and_a_multi_share_of_respondents() {
        // LIKERT: codes 1..5 and 9 with counts 1, 1, 2, 3, 2, 1: valid 10; 4 or 5: 3 + 2 = 5, share 5/10 = 0.5
        var likert = new se.coompanion.sesi.domain.survey.results.QuestionResults(
                SurveyQuestions.question("behov_upphandling", QuestionType.LIKERT_5),
                ImmutableList.of(SurveyQuestions.choices("all", new long[] {1, 1, 2, 3, 2, 1}, 12)));
        SurveyIndicator.Measured m = SurveyIndicator.of("behov_upphandling", "4", "5").measure(likert).orElseThrow();
        assertThat(m.count()).isEqualTo(5);
        assertThat(m.valid()).isEqualTo(10);
        assertThat(m.share().getAsDouble()).isEqualTo(0.5);
        assertThat(m.majority()).isTrue();
        // MULTI with two codes cannot be read (a respondent may tick both): no measure
        assertThat(SurveyIndicator.of("behov_upphandling", "1", "2").measure(
                SurveyQuestions.multi("stod_onskat", 8, 3, 5))).isEmpty();
        // MULTI: option 2 ticked by 5 of 8 respondents, 5/8 = 0.625
        SurveyIndicator.Measured wish = SurveyIndicator.of("stod_onskat", "2")
                .measure(SurveyQuestions.multi("stod_onskat", 8, 3, 5)).orElseThrow();
        assertThat(wish.share().getAsDouble()).isEqualTo(0.625);
        // another variable's results are not read
        assertThat(SurveyIndicator.of("stodstruktur", "1").measure(likert)).isEmpty();
    }

    private static SurveyIndicator.Measured measured(String variable, long count, long valid, String... codes) {
        return new SurveyIndicator.Measured(SurveyIndicator.of(variable, codes), QuestionType.LIKERT_5, count, valid,
                java.util.OptionalDouble.of((double) count / valid));
    }

    @Test
    void a_prioritised_need_is_covered_by_a_module_addressing_a_linked_competence() {
        List<ThemeTally> tallies = List.of(tally(Theme.WORK_INTEGRATION, 2, 1, 0),
                tally(Theme.PUBLIC_PROCUREMENT, 1, 0, 0),
                tally(Theme.SERVICE_IN_SPARSE_AREAS, 1, 1, 0), tally(Theme.FINANCING, 0, 2, 0));
        List<NeedsLearningCoverage.Module> modules = List.of(
                new NeedsLearningCoverage.Module("M1", "Upphandling", ImmutableSortedSet.of(
                        new CompetenceKey("public_procurement"), new CompetenceKey("marketing_and_sales"))),
                new NeedsLearningCoverage.Module("M2", "Finansiering", ImmutableSortedSet.of(
                        new CompetenceKey("financing_and_grants"))));

        NeedsLearningCoverage coverage = NeedsLearningCoverage.of(tallies, modules, ThemeLinks.STANDARD);

        // prioritised: raised HIGH somewhere (financing only MEDIUM: not prioritised)
        assertThat(coverage.rows()).extracting(r -> r.tally().theme().theme()).containsExactly(
                Theme.WORK_INTEGRATION, Theme.SERVICE_IN_SPARSE_AREAS, Theme.PUBLIC_PROCUREMENT);
        assertThat(coverage.rows().get(2).addressing()).extracting(NeedsLearningCoverage.Module::key)
                .containsExactly("M1");
        assertThat(coverage.rows().get(0).covered()).as("no module on supervision or work environment").isFalse();
        assertThat(coverage.rows().get(1).unlinked()).isTrue();
        assertThat(coverage.open()).extracting(r -> r.tally().theme().theme())
                .containsExactly(Theme.WORK_INTEGRATION, Theme.SERVICE_IN_SPARSE_AREAS);
        assertThat(NeedsLearningCoverage.of(tallies, List.of(), ThemeLinks.STANDARD).open()).hasSize(3);
    }

    private static Actor actor(String name, String number, Municipality municipality, ActorRole role) {
        return Actor.register(name, Optional.ofNullable(number).map(OrganisationNumber::parse), Optional.empty(),
                ImmutableSortedSet.of(role), Optional.ofNullable(municipality), Optional.empty(), Optional.empty());
    }

    private static StakeholderAssessment assessed(Actor actor, Candidacy candidacy) {
        return new StakeholderAssessment(actor.key(), LocalDate.of(2024, 3, 1), new Score(3), new Score(3),
                Attitude.NEUTRAL, Optional.empty(), candidacy, Optional.empty());
    }

    @Test
    void a_municipality_without_a_partner_candidate_among_its_local_actors_is_named() {
        OrganisationNumber owner = OrganisationNumber.parse("716460-3867");
        Actor sundsvall = actor("Sundsvalls kommun", "212000-2411", SUNDSVALL, ActorRole.MUNICIPALITY);
        Actor coompanion = actor("Coompanion", "716460-3867", SUNDSVALL, ActorRole.COOPERATIVE_DEVELOPMENT);
        Actor timra = actor("Timrå kommun", null, TIMRA, ActorRole.MUNICIPALITY);
        Actor cafe = actor("Café Timrå", null, TIMRA, ActorRole.SOCIAL_ENTERPRISE);
        Actor ostersund = actor("Östersunds kommun", null, OSTERSUND, ActorRole.MUNICIPALITY);
        Actor agency = actor("Arbetsförmedlingen", null, null, ActorRole.PUBLIC_AGENCY);
        Map<se.coompanion.sesi.domain.actor.ActorKey, StakeholderAssessment> current = Map.of(
                sundsvall.key(), assessed(sundsvall, Candidacy.CO_FINANCIER),
                coompanion.key(), assessed(coompanion, Candidacy.CO_APPLICANT),
                timra.key(), assessed(timra, Candidacy.NONE),
                agency.key(), assessed(agency, Candidacy.COOPERATION_PARTNER));

        PartnerCoverage coverage = PartnerCoverage.of(REGION, List.of(sundsvall, coompanion, timra, cafe, ostersund,
                agency), current, owner);

        // in code order: Timrå 2262, Sundsvall 2281, Kramfors 2282, Östersund 2380
        assertThat(coverage.rows()).extracting(r -> r.municipality().code())
                .containsExactly("2262", "2281", "2282", "2380");
        PartnerCoverage.Row timraRow = coverage.rows().get(0);
        assertThat(timraRow.local()).extracting(Actor::name).containsExactly("Café Timrå", "Timrå kommun");
        assertThat(timraRow.assessed()).isEqualTo(1);
        assertThat(timraRow.withoutCandidate()).isTrue();
        PartnerCoverage.Row sundsvallRow = coverage.rows().get(1);
        assertThat(sundsvallRow.local()).as("the owner is nobody's partner").extracting(Actor::name)
                .containsExactly("Sundsvalls kommun");
        assertThat(sundsvallRow.candidates()).extracting(Actor::name).containsExactly("Sundsvalls kommun");
        assertThat(coverage.withoutCandidate()).extracting(r -> r.municipality().code())
                .containsExactly("2262", "2282", "2380");
        assertThat(coverage.rows().get(2).local()).as("Kramfors: no actor registered").isEmpty();
    }

    @Test
    void target_groups_count_needs_and_municipalities_of_the_target_set_only() {
        NeedsAssessment sundsvall = NeedsAssessment.plan(SUNDSVALL, LocalDate.of(2024, 2, 1))
                .withNeeds(List.of(need(Theme.WORK_INTEGRATION, TargetGroup.FOREIGN_BORN, TargetGroup.YOUNG_NEET),
                        need(Theme.FINANCING, TargetGroup.FOREIGN_BORN)))
                .withMeeting(Meeting.of(LocalDate.of(2024, 2, 2), MeetingFormat.ON_SITE, List.of("Chef"),
                        new GenderCounts(2, 1, 0, 0), Optional.empty()));
        NeedsAssessment timra = NeedsAssessment.plan(TIMRA, LocalDate.of(2024, 2, 1))
                .withNeeds(List.of(need(Theme.WORK_INTEGRATION, TargetGroup.FOREIGN_BORN)));
        NeedsAssessment umea = NeedsAssessment.plan(Municipality.of("2480"), LocalDate.of(2024, 2, 1))
                .withNeeds(List.of(need(Theme.WORK_INTEGRATION, TargetGroup.FOREIGN_BORN)));

        List<TargetGroupTally> tallies = TargetGroupTally.of(REGION, List.of(sundsvall, timra, umea));

        assertThat(tallies).hasSize(TargetGroup.values().length);
        // foreign born: Sundsvall twice, Timrå once (Umeå is outside): 3 needs in 2 municipalities
        assertThat(tallies).contains(new TargetGroupTally(TargetGroup.FOREIGN_BORN, 3, 2),
                new TargetGroupTally(TargetGroup.YOUNG_NEET, 1, 1),
                new TargetGroupTally(TargetGroup.OLDER_WORKERS, 0, 0));
    }

    private static Need need(Theme theme, TargetGroup... groups) {
        return new Need(NeedTheme.of(theme), Priority.HIGH, ImmutableSortedSet.copyOf(groups),
                "Behov " + theme + " " + List.of(groups), Optional.empty(), Optional.empty());
    }
}
