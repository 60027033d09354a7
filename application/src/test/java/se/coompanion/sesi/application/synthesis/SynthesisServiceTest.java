package se.coompanion.sesi.application.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.synthesis.EvidenceKind;
import se.coompanion.sesi.domain.synthesis.NeedsLearningCoverage;
import se.coompanion.sesi.domain.synthesis.PartnerCoverage;
import se.coompanion.sesi.domain.synthesis.ThemeConvergence;

class SynthesisServiceTest {

    private final SynthesisFixture fixture = SynthesisFixture.withEvidence();

    @Test
    void a_recommendation_is_numbered_and_keeps_every_kind_of_evidence_resolved_and_canonical() {
        RecordRecommendation.Result result = fixture.recommend("Bygg ett lärprogram om offentlig upphandling", "hög",
                "need:PUBLIC_PROCUREMENT", "behov:2281/financing", "finding:1", "survey:stodstruktur/22",
                "borich:public_procurement", "partner:212000-2411");

        assertThat(result.recommendation().number()).isEqualTo(1);
        assertThat(result.recommendation().recommendation().priority()).isEqualTo(Priority.HIGH);
        assertThat(result.recommendation().recommendation().evidence()).extracting(r -> r.code()).containsExactly(
                "need:PUBLIC_PROCUREMENT", "need:2281/FINANCING", "finding:1", "survey:stodstruktur/22",
                "borich:public_procurement", "partner:sundsvalls-kommun");
        Evidence.Needs procurement = (Evidence.Needs) result.evidence().get(0);
        assertThat(procurement.needs()).extracting(n -> n.municipality().code()).containsExactly("2262", "2281");
        assertThat(procurement.municipalities()).isEqualTo(2);
        assertThat(((Evidence.Needs) result.evidence().get(1)).needs()).extracting(RaisedNeed::municipality)
                .extracting(m -> m.code()).containsExactly("2281");
        assertThat(((Evidence.Finding) result.evidence().get(2)).sources()).hasSize(1);
        Evidence.SurveyTable table = (Evidence.SurveyTable) result.evidence().get(3);
        assertThat(table.table().columns()).singleElement().satisfies(c -> {
            assertThat(c.group()).isEqualTo("22");
            assertThat(c.base().valid()).isEqualTo(4);
        });
        Evidence.BorichRank rank = (Evidence.BorichRank) result.evidence().get(4);
        assertThat(rank.ranked().rank()).isEqualTo(1);
        assertThat(rank.of()).isEqualTo(3);
        Evidence.Partner partner = (Evidence.Partner) result.evidence().get(5);
        assertThat(partner.rank()).isEqualTo(1);
        assertThat(partner.actor().name()).isEqualTo("Sundsvalls kommun");

        assertThat(fixture.recommend("Två", "LOW", "finding:1").recommendation().number()).isEqualTo(2);
    }

    @Test
    void seminar_outcomes_and_pilot_results_resolve_with_the_seminar_and_the_version_filled_in() {
        RecordRecommendation.Result result = fixture.recommend("Upphandling i lärprogrammet", "HIGH", "seminar:2",
                "pilot:m1");

        assertThat(result.recommendation().recommendation().evidence()).extracting(r -> r.code())
                .containsExactly("seminar:1/2", "pilot:1/M1");
        Evidence.SeminarOutcome outcome = (Evidence.SeminarOutcome) result.evidence().get(0);
        // ratings 5, 4, 4: N 3, sum 13
        assertThat(outcome.item().relevance().n()).isEqualTo(3);
        assertThat(outcome.item().relevance().mean().sum()).isEqualTo(13);
        assertThat(outcome.item().conclusions()).containsExactly("Pröva reserverade kontrakt i två kommuner");
        Evidence.PilotResult pilot = (Evidence.PilotResult) result.evidence().get(1);
        // satisfaction 5 and 4 (N 2, sum 9); relevance 4 and 5; objective 1: gains 4 - 2 = 2 and 3 - 1 = 2
        assertThat(pilot.reaction().satisfaction()).isEqualTo(new se.coompanion.sesi.domain.shared.Mean(2, 9));
        assertThat(pilot.gains()).singleElement().satisfies(g -> assertThat(g.gain())
                .isEqualTo(new se.coompanion.sesi.domain.shared.Mean(2, 4)));
        assertThat(pilot.pilots()).containsExactly(1);
    }

    @Test
    void a_seminar_item_without_outcome_and_a_module_without_evaluations_name_no_evidence() {
        assertThatThrownBy(() -> fixture.recommend("Något", "LOW", "seminar:1", "seminar:9", "seminar:2/2",
                "pilot:M2", "pilot:M7", "pilot:3/M1"))
                .isInstanceOf(NotFoundException.class).satisfies(e -> assertThat(e.getMessage()).contains(
                        "seminar:1: agenda item 1 \"Inledning\" has no outcome yet",
                        "seminar:9: there is no agenda item 9", "seminar:2/2: there is no seminar 2",
                        "pilot:M2: module M2 of version 1 has no evaluations",
                        "pilot:M7: there is no module M7 in version 1", "pilot:3/M1: "));
    }

    @Test
    void a_recommendation_without_evidence_is_invalid_and_nothing_is_stored() {
        assertThatThrownBy(() -> fixture.recommend("Något", "HIGH"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one piece of evidence");
        assertThat(fixture.sesi.synthesis().listRecommendations().list()).isEmpty();
    }

    @Test
    void malformed_references_and_a_wrong_priority_are_all_reported_as_invalid_input() {
        assertThatThrownBy(() -> fixture.recommend("Något", "URGENT", "need", "finding:x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("priority", "evidence", "evidence"));
    }

    @Test
    void every_reference_that_names_no_record_is_named_in_one_not_found_error() {
        assertThatThrownBy(() -> fixture.recommend("Något", "MEDIUM", "need:WOMENS_ENTREPRENEURSHIP",
                "need:2262/FINANCING", "finding:7", "survey:okand", "survey:stodstruktur/23", "borich:creativity",
                "borich:no_such_competence", "partner:timra-kommun", "partner:nobody-here", "finding:1"))
                .isInstanceOf(NotFoundException.class).satisfies(e -> assertThat(e.getMessage()).contains(
                        "need:WOMENS_ENTREPRENEURSHIP: no municipality of the region raised a need of the theme",
                        "need:2262/FINANCING: Timrå kommun raised no need of the theme FINANCING",
                        "finding:7: there is no finding 7",
                        "survey:okand: there is no question okand",
                        "borich:creativity: no enterprise rated the competence creativity",
                        "borich:no_such_competence: the competence no_such_competence is not in the framework",
                        "partner:timra-kommun: Timrå kommun (timra-kommun) is not on the partner shortlist",
                        "partner:nobody-here: ").doesNotContain("finding:1:"));
        assertThat(fixture.sesi.synthesis().listRecommendations().list()).isEmpty();
    }

    @Test
    void a_survey_group_without_returns_still_resolves_to_its_table_with_n_zero() {
        RecordRecommendation.Result result = fixture.recommend("Jämtland", "LOW", "survey:stodstruktur/23");

        Evidence.SurveyTable table = (Evidence.SurveyTable) result.evidence().get(0);
        assertThat(table.table().columns().get(0).base().returns()).isZero();
    }

    @Test
    void the_same_evidence_written_two_ways_is_cited_once() {
        assertThatThrownBy(() -> fixture.recommend("Något", "LOW", "partner:212000-2411",
                "partner:sundsvalls-kommun")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cites partner:sundsvalls-kommun twice");
    }

    @Test
    void the_list_resolves_the_evidence_again_and_says_when_it_no_longer_does() {
        fixture.recommend("Sundsvall som medfinansiär", "HIGH", "partner:sundsvalls-kommun", "borich:digital_skills");
        fixture.sesi.stakeholders().assessStakeholder().assess(new se.coompanion.sesi.application.stakeholder.port.in
                .AssessStakeholder.Command("sundsvalls-kommun", 4, 4, 0, null, "NONE", "Drog sig ur",
                SynthesisFixture.MARCH.plusDays(5)));

        List<ListRecommendations.Listed> listed = fixture.sesi.synthesis().listRecommendations().list();

        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.evidence()).extracting(ResolvedEvidence::resolves).containsExactly(false, true);
            assertThat(l.evidence().get(0).problem().orElseThrow().format(Locale.ROOT))
                    .contains("is not on the partner shortlist");
            assertThat(l.evidence().get(1).reference().kind()).isEqualTo(EvidenceKind.BORICH_RANK);
        });
    }

    @Test
    void without_a_pre_study_nothing_can_be_recommended() {
        InMemorySesiPorts empty = new InMemorySesiPorts();

        assertThatThrownBy(() -> TestValidation.application(empty).synthesis().recordRecommendation().record(
                new RecordRecommendation.Command("Något", "HIGH", null, List.of("finding:1"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi init");
    }

    @Test
    void the_cross_analysis_lines_up_the_themes_the_gaps_and_the_survey() {
        ShowCrossAnalysis.Result cross = fixture.sesi.synthesis().showCrossAnalysis().analyse();

        // themes by municipalities: public procurement 2 (1 high), work integration 1 (1 high), financing 1 (0 high)
        assertThat(cross.themes().themes()).extracting(r -> r.tally().theme().theme()).containsExactly(
                Theme.PUBLIC_PROCUREMENT, Theme.WORK_INTEGRATION, Theme.FINANCING);
        ThemeConvergence.ThemeRow procurement = cross.themes().themes().get(0);
        // public_procurement is rank 1 (MWDS 13.5); behov_upphandling 4 or 5: 5 and 4 of the valid 5, 4, 2, 9 = 2/4
        assertThat(procurement.gaps()).singleElement().satisfies(g -> assertThat(g.ranked())
                .map(BorichRanking.Ranked::rank).contains(1));
        assertThat(procurement.answers()).singleElement().satisfies(a -> {
            assertThat(a.measured().orElseThrow().count()).isEqualTo(2);
            assertThat(a.measured().orElseThrow().valid()).isEqualTo(4);
            assertThat(a.majority()).isTrue();
        });
        assertThat(procurement.sources()).isEqualTo(3);
        ThemeConvergence.ThemeRow work = cross.themes().themes().get(1);
        assertThat(work.gaps()).allSatisfy(g -> assertThat(g.ranked()).isEmpty());
        assertThat(work.answers()).as("behov_handledning is not in this questionnaire")
                .allSatisfy(a -> assertThat(a.measured()).isEmpty());
        assertThat(work.sources()).isEqualTo(1);
        ThemeConvergence.ThemeRow financing = cross.themes().themes().get(2);
        // financing_and_grants rank 2 (MWDS 8): a top gap; stod_onskat 4 ticked by 1 of 4 respondents: no majority
        assertThat(financing.gapSignal()).isTrue();
        assertThat(financing.answers()).filteredOn(a -> a.indicator().variable().equals("stod_onskat"))
                .singleElement().satisfies(a -> assertThat(a.measured().orElseThrow().count()).isEqualTo(1));
        assertThat(financing.sources()).isEqualTo(2);
        assertThat(cross.themes().gaps()).extracting(g -> g.gap().score().competence().key().value())
                .containsExactly("public_procurement", "financing_and_grants", "digital_skills");
    }

    @Test
    void the_cross_analysis_names_the_open_needs_and_the_municipalities_without_a_partner_candidate() {
        ShowCrossAnalysis.Result cross = fixture.sesi.synthesis().showCrossAnalysis().analyse();

        // prioritised (HIGH somewhere): public procurement (M1 addresses public_procurement) and work integration
        // (no module addresses supervision or work environment)
        assertThat(cross.modules()).extracting(NeedsLearningCoverage.Module::key).containsExactly("M1", "M2");
        assertThat(cross.needs().rows()).extracting(NeedsLearningCoverage.Row::covered).containsExactly(true, false);
        assertThat(cross.needs().open()).extracting(r -> r.tally().theme().theme())
                .containsExactly(Theme.WORK_INTEGRATION);
        // the learning programme's own coverage of the top gaps: public_procurement by M1, financing_and_grants and
        // digital_skills by none
        assertThat(cross.gaps()).extracting(g -> g.covered()).containsExactly(true, false, false);
        // 15 municipalities; only Sundsvall has a candidate (its municipality; Coompanion is the owner)
        assertThat(cross.partners().rows()).hasSize(15);
        assertThat(cross.partners().withoutCandidate()).hasSize(14);
        PartnerCoverage.Row timra = cross.partners().rows().stream()
                .filter(r -> r.municipality().code().equals("2262")).findFirst().orElseThrow();
        assertThat(timra.local()).hasSize(1);
        assertThat(timra.assessed()).isEqualTo(1);
        assertThat(timra.withoutCandidate()).isTrue();
        PartnerCoverage.Row sundsvall = cross.partners().rows().stream()
                .filter(r -> r.municipality().code().equals("2281")).findFirst().orElseThrow();
        assertThat(sundsvall.local()).extracting(a -> a.name()).containsExactly("Gröna Händer", "Sundsvalls kommun");
        assertThat(sundsvall.candidates()).extracting(a -> a.name()).containsExactly("Sundsvalls kommun");
    }

    @Test
    void a_pre_study_with_nothing_recorded_has_an_empty_cross_analysis() {
        ShowCrossAnalysis.Result cross = SynthesisFixture.started().sesi.synthesis().showCrossAnalysis().analyse();

        assertThat(cross.themes().themes()).isEmpty();
        assertThat(cross.themes().gaps()).isEmpty();
        assertThat(cross.needs().rows()).isEmpty();
        assertThat(cross.modules()).isEmpty();
        assertThat(cross.gaps()).isEmpty();
        assertThat(cross.partners().withoutCandidate()).hasSize(15);
    }
}
