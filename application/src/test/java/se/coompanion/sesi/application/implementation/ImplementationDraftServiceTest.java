package se.coompanion.sesi.application.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.synthesis.SynthesisFixture;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.ActivityStatus;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.ResultLevel;
import se.coompanion.sesi.domain.implementation.RiskLevel;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

class ImplementationDraftServiceTest {

    private static ImplementationDraft stored(ImplementationFixture fixture) {
        return fixture.ports.implementationDrafts().find().orElseThrow();
    }

    @Test
    void the_draft_proposes_an_activity_per_recommendation_with_results_whose_baselines_come_from_its_evidence() {
        ImplementationFixture fixture = new ImplementationFixture();

        DraftImplementation.Result result = fixture.sesi.implementation().draftImplementation()
                .draft(new DraftImplementation.Command(null, false, "sv"));

        ImplementationDraft draft = result.draft();
        assertThat(result.proposed()).containsExactly(new ActivityId(1), new ActivityId(2));
        assertThat(draft.title()).isEqualTo("Genomförandeprojekt efter förstudien Socialt entreprenörskap social "
                + "innovation - SESI");
        ProjectActivity first = draft.activity(new ActivityId(1));
        assertThat(first.title()).isEqualTo("Bygg lärprogrammet kring offentlig upphandling");
        assertThat(first.status()).isEqualTo(ActivityStatus.PROPOSED);
        assertThat(first.grounds().recommendations()).containsExactly(1);
        assertThat(first.modules()).extracting(Object::toString).containsExactly("1/M1");
        assertThat(first.results()).extracting(ExpectedResult::level, r -> r.indicator().unit(),
                r -> r.indicator().baseline().map(b -> ((Baseline.Measured) b).code()).orElse(""),
                r -> r.indicator().name()).containsExactly(
                        tuple(ResultLevel.SHORT_TERM, IndicatorUnit.SCORE, "borich:public_procurement",
                                "Medelgap i Offentlig upphandling och reserverade kontrakt: behövd minus nuvarande "
                                        + "nivå (1–5) bland de kartlagda företagen"),
                        tuple(ResultLevel.LONG_TERM, IndicatorUnit.PERCENT, "survey:behov_upphandling=4+5",
                                "Andel av de giltiga svaren på enkätfrågan som är ”Till stor del” eller ”Helt”"));
        assertThat(first.results().get(1).description())
                .isEqualTo("En förändring i svaren på enkätfrågan ”Stöd i upphandling”");
        assertThat(first.results()).allMatch(r -> r.indicator().target().isEmpty());
        // the partner shortlist: Sundsvalls kommun, assessed CO_FINANCIER
        assertThat(draft.partners()).containsExactly(new ProjectPartner(
                se.coompanion.sesi.domain.actor.ActorKey.parse("sundsvalls-kommun"), PartnerRole.CO_FINANCIER,
                Optional.empty(), Optional.empty()));
        assertThat(result.partners()).isEqualTo(1);
        assertThat(draft.targetGroup(TargetGroupKind.MUNICIPALITIES).description()).startsWith("Regionens kommuner");
    }

    @Test
    void the_draft_is_written_in_english_on_request() {
        ImplementationFixture fixture = new ImplementationFixture();

        ImplementationDraft draft =
                fixture.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(
                "SESI genomförande", false, "en")).draft();

        assertThat(draft.title()).isEqualTo("SESI genomförande");
        assertThat(draft.activity(new ActivityId(2)).results()).extracting(ExpectedResult::description)
                .containsExactly("A smaller gap in Financing and grant applications among the social enterprises");
    }

    @Test
    void drafting_again_is_refused_and_an_update_proposes_only_the_new_recommendations_keeping_every_edit() {
        ImplementationFixture fixture = ImplementationFixture.drafted();
        fixture.sesi.implementation().editAims().edit(new EditAims.Add("Fler sociala företag lämnar anbud", List.of(1),
                List.of()));
        int saves = fixture.ports.implementationDrafts().saves();

        assertThatThrownBy(() -> fixture.sesi.implementation().draftImplementation().draft(
                new DraftImplementation.Command(null, false,
                "sv"))).isInstanceOf(ConflictException.class).hasMessageContaining("exists since 2024-03-15")
                .hasMessageContaining("--update");
        fixture.synthesis.recommend("Nå kommunerna i Jämtland", "LOW", "need:WORK_INTEGRATION");
        DraftImplementation.Result update = fixture.sesi.implementation().draftImplementation().draft(
                new DraftImplementation.Command(null, true, "sv"));

        assertThat(update.updated()).isTrue();
        assertThat(update.proposed()).containsExactly(new ActivityId(3));
        assertThat(update.partners()).isZero();
        assertThat(update.draft().aims()).hasSize(1);
        assertThat(fixture.ports.implementationDrafts().saves()).isEqualTo(saves + 1);
        assertThat(fixture.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(null, true,
                "sv"))
                .proposed()).as("nothing new to propose").isEmpty();
    }

    @Test
    void without_recommendations_or_a_pre_study_there_is_nothing_to_draft() {
        SynthesisFixture started = SynthesisFixture.started();
        SynthesisFixture none = new SynthesisFixture();

        assertThatThrownBy(() -> started.sesi.implementation().draftImplementation().draft(
                new DraftImplementation.Command(null, false,
                "sv"))).isInstanceOf(ConflictException.class).hasMessageContaining("sesi synthesis recommend");
        assertThatThrownBy(() -> none.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(
                null, false, "sv"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> started.sesi.implementation().editAims().edit(new EditAims.Add("Mål", List.of(),
                List.of())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi implementation draft");
        assertThatThrownBy(() -> started.sesi.implementation().draftImplementation().draft(
                new DraftImplementation.Command(null, false, "de"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_aim_rests_on_recommendations_and_evidence_that_resolve_stored_in_their_canonical_form() {
        ImplementationFixture fixture = ImplementationFixture.drafted();

        var added = fixture.sesi.implementation().editAims().edit(new EditAims.Add("Fler sociala företag lämnar anbud",
                List.of(1), List.of("seminarium:2", "behov:public-procurement")));
        fixture.sesi.implementation().editAims().edit(new EditAims.Add("Kommunerna vet mer", List.of(), List.of()));
        fixture.sesi.implementation().editAims().edit(new EditAims.Change(2, "Kommunerna vet mer om sociala företag",
                new GroundsChange(List.of(2), List.of(), List.of("finding:1"), List.of())));
        fixture.sesi.implementation().editAims().edit(new EditAims.Change(1, null, new GroundsChange(List.of(),
                List.of(1), List.of(), List.of("seminar:2"))));

        assertThat(added.changed()).isEqualTo("1");
        assertThat(stored(fixture).aims()).extracting(a -> a.text(), a -> a.grounds().recommendations(),
                a -> a.grounds().evidence().stream().map(EvidenceReference::code).toList()).containsExactly(
                        tuple("Fler sociala företag lämnar anbud", java.util.Set.of(), List.of("need:PUBLIC_PROCUREMENT")),
                        tuple("Kommunerna vet mer om sociala företag", java.util.Set.of(2), List.of("finding:1")));
        fixture.sesi.implementation().editAims().edit(new EditAims.Remove(1));
        assertThat(stored(fixture).aims()).extracting(a -> a.number()).containsExactly(2);
    }

    @Test
    void evidence_that_names_nothing_is_not_found_each_one_named_and_nothing_is_stored() {
        ImplementationFixture fixture = ImplementationFixture.drafted();
        ImplementationDraft before = stored(fixture);

        assertThatThrownBy(() -> fixture.sesi.implementation().editAims().edit(new EditAims.Add("Mål", List.of(),
                List.of(
                "finding:99", "need:WORK_INTEGRATION", "borich:no_such")))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("2 pieces of evidence name no record").hasMessageContaining("finding:99: there is no finding 99")
                .hasMessageContaining("borich:no_such");
        assertThatThrownBy(() -> fixture.sesi.implementation().editAims().edit(new EditAims.Add("Mål", List.of(9),
                List.of())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("There is no recommendation 9");
        assertThatThrownBy(() -> fixture.sesi.implementation().editAims().edit(new EditAims.Add("Mål", List.of(),
                List.of("rykte:1", "need")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("rykte");
        assertThatThrownBy(() -> fixture.sesi.implementation().editAims().edit(new EditAims.Add(" ", List.of(),
                List.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixture.sesi.implementation().editAims().edit(new EditAims.Remove(4)))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no aim 4");
        assertThat(stored(fixture)).isEqualTo(before);
    }

    @Test
    void target_groups_risks_principles_and_the_title_are_written_by_the_team() {
        ImplementationFixture fixture = ImplementationFixture.drafted();

        fixture.sesi.implementation().editTargetGroups().edit(new EditTargetGroups.Command("individuals",
                "Långtidsarbetslösa", ImplementationFixture.adding(List.of(), "need:WORK_INTEGRATION")));
        fixture.sesi.implementation().editRisks().edit(new EditRisks.Add("Kommunerna hinner inte", "medel", "hög",
                "Börja i tre"));
        fixture.sesi.implementation().editRisks().edit(new EditRisks.Change(1, null, "low", null, "Börja i två"));
        fixture.sesi.implementation().editPrinciples().edit(new EditPrinciples.Command("GENDER_EQUALITY",
                "Könsuppdelad statistik", List.of("A1", "a2"), List.of()));
        fixture.sesi.implementation().editPrinciples().edit(new EditPrinciples.Command("GENDER_EQUALITY", null,
                List.of(), List.of("A2")));
        fixture.sesi.implementation().renameImplementationProject().rename(new RenameImplementationProject.Command(
                "SESI 2"));

        ImplementationDraft draft = stored(fixture);
        assertThat(draft.targetGroup(TargetGroupKind.INDIVIDUALS).description()).isEqualTo("Långtidsarbetslösa");
        assertThat(draft.targetGroup(TargetGroupKind.INDIVIDUALS).grounds().evidence()).extracting(
                EvidenceReference::code).containsExactly("need:WORK_INTEGRATION");
        assertThat(draft.risk(1)).extracting(r -> r.likelihood(), r -> r.impact(), r -> r.mitigation())
                .containsExactly(RiskLevel.LOW, RiskLevel.HIGH, "Börja i två");
        assertThat(draft.principle(HorizontalPrinciple.GENDER_EQUALITY).activities())
                .containsExactly(new ActivityId(1));
        assertThat(draft.principle(HorizontalPrinciple.GENDER_EQUALITY).approach()).contains("Könsuppdelad statistik");
        assertThat(draft.title()).isEqualTo("SESI 2");
        assertThatThrownBy(() -> fixture.sesi.implementation().editPrinciples().edit(new EditPrinciples.Command(
                "ACCESSIBILITY", null, List.of("A7"), List.of()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.sesi.implementation().editPrinciples().edit(new EditPrinciples.Command(
                "ACCESSIBILITY", null, List.of(), List.of("A1")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A1 is not named for Accessibility");
        assertThatThrownBy(() -> fixture.sesi.implementation().editRisks().edit(new EditRisks.Add("Risk", "extrem",
                "hög", "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("extrem");
        assertThatThrownBy(() -> fixture.sesi.implementation().editTargetGroups().edit(new EditTargetGroups.Command(
                "everyone", null, GroundsChange.NONE))).isInstanceOf(InvalidInputException.class);
    }
}
