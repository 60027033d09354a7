package se.coompanion.sesi.domain.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.implementation.DraftFixtures.recommendation;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

class ImplementationDraftTest {

    private static final RecordedRecommendation PROCUREMENT = recommendation(1, "Bygg lärprogrammet kring offentlig "
            + "upphandling, för sociala företag.", "need:PUBLIC_PROCUREMENT", "borich:public_procurement",
            "pilot:1/M1");
    private static final RecordedRecommendation SUPERVISION = recommendation(2, "Gör handledning till en egen modul",
            "need:WORK_INTEGRATION", "pilot:1/M3", "pilot:2/M3");
    private static final RecordedRecommendation STRUCTURE = recommendation(3, "Starta stödstrukturen i Jämtland",
            "survey:stodstruktur/23");

    @Test
    void every_recommendation_becomes_a_proposed_activity_resting_on_it_and_training_with_its_piloted_modules() {
        ImplementationDraft draft = ImplementationDraft.start("Projekt", DraftFixtures.NOW, DraftFixtures.groups(),
                List.of()).withProposals(List.of(STRUCTURE, PROCUREMENT, SUPERVISION), r -> r.number() == 1
                        ? List.of(DraftFixtures.result(1, ResultLevel.SHORT_TERM, "gap",
                                new Baseline.MeanGap(new se.coompanion.sesi.domain.competence.CompetenceKey(
                                        "public_procurement")), null))
                        : List.of());

        assertThat(draft.activities()).extracting(a -> a.id().toString(), ProjectActivity::title,
                ProjectActivity::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A1", "Bygg lärprogrammet kring offentlig upphandling",
                                ActivityStatus.PROPOSED),
                        org.assertj.core.groups.Tuple.tuple("A2", "Gör handledning till en egen modul",
                                ActivityStatus.PROPOSED),
                        org.assertj.core.groups.Tuple.tuple("A3", "Starta stödstrukturen i Jämtland",
                                ActivityStatus.PROPOSED));
        ProjectActivity first = draft.activity(new ActivityId(1));
        assertThat(first.description()).contains(PROCUREMENT.recommendation().statement());
        assertThat(first.grounds()).isEqualTo(Grounds.recommendation(1));
        assertThat(first.modules()).containsExactly(new ModuleRef(1, new ModuleKey("M1")));
        assertThat(first.results()).hasSize(1);
        assertThat(draft.activity(new ActivityId(2)).modules()).extracting(ModuleRef::toString)
                .containsExactly("1/M3", "2/M3");
        assertThat(draft.targetGroups()).extracting(ProjectTargetGroup::kind)
                .containsExactly(TargetGroupKind.values());
        assertThat(draft.principles()).extracting(PrincipleWork::principle)
                .containsExactly(HorizontalPrinciple.values());
    }

    @Test
    void drafting_again_proposes_only_the_recommendations_no_activity_cites_in_any_state() {
        ImplementationDraft draft = DraftFixtures.of(PROCUREMENT, SUPERVISION)
                .drop(new ActivityId(1), Optional.of("Ryms inte"));

        ImplementationDraft again = draft.withProposals(List.of(PROCUREMENT, SUPERVISION, STRUCTURE), r -> List.of());

        assertThat(again.activities()).hasSize(3);
        assertThat(again.activity(new ActivityId(3)).grounds().recommendations()).containsExactly(3);
        assertThat(again.activity(new ActivityId(1)).status()).isEqualTo(ActivityStatus.DROPPED);
    }

    @Test
    void merging_moves_grounds_modules_results_and_principles_and_keeps_the_merged_activity_for_tracing() {
        ImplementationDraft draft = DraftFixtures.of(PROCUREMENT, SUPERVISION);
        ProjectActivity a1 = draft.activity(new ActivityId(1));
        ProjectActivity a2 = draft.activity(new ActivityId(2));
        draft = draft.withActivity(a1.withResult(DraftFixtures.result(1, ResultLevel.OUTPUT, "kurser", null, "4")))
                .withActivity(a2.withResult(DraftFixtures.result(1, ResultLevel.OUTPUT, "deltagare", null, "40")))
                .withPrinciple(new PrincipleWork(HorizontalPrinciple.ACCESSIBILITY, Optional.empty(),
                        ImmutableSortedSet.of(new ActivityId(2))));

        ImplementationDraft merged = draft.merge(new ActivityId(2), new ActivityId(1));

        ProjectActivity into = merged.activity(new ActivityId(1));
        ProjectActivity gone = merged.activity(new ActivityId(2));
        assertThat(into.grounds().recommendations()).containsExactly(1, 2);
        assertThat(into.modules()).extracting(ModuleRef::toString).containsExactly("1/M1", "1/M3", "2/M3");
        assertThat(into.results()).extracting(ExpectedResult::number, r -> r.indicator().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "kurser"),
                        org.assertj.core.groups.Tuple.tuple(2, "deltagare"));
        assertThat(gone.status()).isEqualTo(ActivityStatus.MERGED);
        assertThat(gone.mergedInto()).contains(new ActivityId(1));
        assertThat(gone.grounds().recommendations()).containsExactly(2);
        assertThat(gone.results()).isEmpty();
        assertThat(merged.principle(HorizontalPrinciple.ACCESSIBILITY).activities())
                .containsExactly(new ActivityId(1));
        assertThat(merged.live(new ActivityId(2))).contains(into);
        assertThat(merged.liveActivities()).containsExactly(into);
    }

    @Test
    void a_merged_activity_cannot_be_changed_accepted_or_dropped_and_only_live_activities_merge() {
        ImplementationDraft draft = DraftFixtures.of(PROCUREMENT, SUPERVISION, STRUCTURE)
                .merge(new ActivityId(2), new ActivityId(1)).drop(new ActivityId(3), Optional.empty());
        ProjectActivity merged = draft.activity(new ActivityId(2));

        assertThatThrownBy(() -> draft.accept(new ActivityId(2))).isInstanceOf(DraftStateException.class)
                .hasMessage("Activity A2 was merged into A1: change A1 instead");
        assertThatThrownBy(() -> draft.drop(new ActivityId(2), Optional.empty()))
                .isInstanceOf(DraftStateException.class);
        assertThatThrownBy(() -> draft.withActivity(merged.withText("Ny", Optional.empty())))
                .isInstanceOf(DraftStateException.class);
        assertThatThrownBy(() -> draft.merge(new ActivityId(1), new ActivityId(3)))
                .isInstanceOf(DraftStateException.class).hasMessageContaining("A3 is dropped");
        assertThatThrownBy(() -> draft.merge(new ActivityId(1), new ActivityId(1)))
                .isInstanceOf(DraftStateException.class);
        assertThatThrownBy(() -> draft.merge(new ActivityId(9), new ActivityId(1)))
                .isInstanceOf(DraftLookupException.class).hasMessage("There is no activity A9");
        assertThat(draft.live(new ActivityId(3))).isEmpty();
        assertThat(draft.accept(new ActivityId(3)).activity(new ActivityId(3)).status())
                .as("a dropped activity can be taken back").isEqualTo(ActivityStatus.ACCEPTED);
    }

    @Test
    void aims_and_risks_keep_their_numbers_when_one_is_removed() {
        ImplementationDraft draft = DraftFixtures.empty().addAim("Fler i arbete", Grounds.recommendation(1))
                .addAim("Starkare föreningar", Grounds.NONE).withoutAim(1).addAim("Kommunerna vet mer", Grounds.NONE)
                .addRisk("Kommunerna hinner inte", RiskLevel.MEDIUM, RiskLevel.HIGH, "Börja i tre kommuner")
                .addRisk("Medfinansieringen uteblir", RiskLevel.LOW, RiskLevel.HIGH, "Två medfinansiärer")
                .withoutRisk(1).addRisk("Få deltagare", RiskLevel.HIGH, RiskLevel.MEDIUM, "Rekrytera via AF");

        assertThat(draft.aims()).extracting(Aim::number).containsExactly(2, 3);
        assertThat(draft.risks()).extracting(Risk::number, Risk::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(3, 6));
        assertThatThrownBy(() -> draft.aim(1)).isInstanceOf(DraftLookupException.class);
        assertThatThrownBy(() -> draft.withoutRisk(1)).isInstanceOf(DraftLookupException.class);
    }

    @Test
    void a_partner_is_added_once_and_its_letter_of_intent_goes_requested_then_signed_or_declined() {
        ActorKey key = ActorKey.parse("sundsvalls-kommun");
        ImplementationDraft draft = DraftFixtures.empty()
                .addPartner(DraftFixtures.partner("sundsvalls-kommun", PartnerRole.CO_FINANCIER));
        LocalDate may = LocalDate.of(2024, 5, 2);

        LetterOfIntent requested = LetterOfIntent.next(Optional.empty(), LetterState.REQUESTED, may);
        LetterOfIntent signed = LetterOfIntent.next(Optional.of(requested), LetterState.SIGNED, may.plusDays(20));
        LetterOfIntent declined = LetterOfIntent.next(Optional.of(requested), LetterState.DECLINED, may.plusDays(3));
        LetterOfIntent again = LetterOfIntent.next(Optional.of(declined), LetterState.REQUESTED, may.plusDays(30));
        LetterOfIntent unasked = LetterOfIntent.next(Optional.empty(), LetterState.SIGNED, may);

        assertThat(signed).isEqualTo(new LetterOfIntent(LetterState.SIGNED, Optional.of(may),
                Optional.of(may.plusDays(20))));
        assertThat(declined.counts()).isFalse();
        assertThat(again).isEqualTo(LetterOfIntent.requested(may.plusDays(30)));
        assertThat(unasked.requestedOn()).isEmpty();
        assertThat(draft.withPartner(draft.partner(key).withLetter(declined)).partner(key).counts()).isFalse();
        assertThatThrownBy(() -> LetterOfIntent.next(Optional.of(signed), LetterState.DECLINED, may.plusDays(40)))
                .isInstanceOf(DraftStateException.class).hasMessageContaining("signed on 2024-05-22 already");
        assertThatThrownBy(() -> LetterOfIntent.next(Optional.of(requested), LetterState.REQUESTED, may))
                .isInstanceOf(DraftStateException.class);
        assertThatThrownBy(() -> LetterOfIntent.next(Optional.of(requested), LetterState.SIGNED, may.minusDays(1)))
                .isInstanceOf(DomainException.class).isNotInstanceOf(DraftStateException.class)
                .hasMessage("A letter of intent signed on 2024-05-01, before it was asked for on 2024-05-02");
        assertThatThrownBy(() -> draft.addPartner(DraftFixtures.partner("sundsvalls-kommun",
                PartnerRole.REFERENCE_GROUP))).isInstanceOf(DraftStateException.class);
        assertThatThrownBy(() -> draft.partner(ActorKey.parse("timra-kommun")))
                .isInstanceOf(DraftLookupException.class);
    }

    @Test
    void grounds_add_and_take_away_and_taking_away_what_is_not_cited_is_an_error() {
        Grounds grounds = Grounds.of(List.of(1), List.of(EvidenceReference.parse("finding:3")));

        Grounds changed = grounds.changed(List.of(4), List.of(1), List.of(EvidenceReference.parse("need:FINANCING"),
                EvidenceReference.parse("finding:3")), List.of());

        assertThat(changed.recommendations()).containsExactly(4);
        assertThat(changed.evidence()).extracting(EvidenceReference::code).containsExactly("finding:3",
                "need:FINANCING");
        assertThatThrownBy(() -> grounds.changed(List.of(), List.of(2), List.of(), List.of()))
                .hasMessage("Recommendation 2 is not cited, so it cannot be taken away");
        assertThatThrownBy(() -> grounds.changed(List.of(), List.of(), List.of(),
                List.of(EvidenceReference.parse("finding:4")))).hasMessage("finding:4 is not cited, so it cannot be "
                        + "taken away");
        assertThatThrownBy(() -> Grounds.of(List.of(), List.of(EvidenceReference.parse("finding:3"),
                EvidenceReference.parse("iakttagelse:3")))).hasMessage("finding:3 is cited twice");
    }

    @Test
    void every_free_text_of_the_draft_is_named_and_can_be_rewritten_for_an_erasure() {
        ImplementationDraft draft = DraftFixtures.of(PROCUREMENT).addAim("Anna leder", Grounds.NONE)
                .addRisk("Anna slutar", RiskLevel.LOW, RiskLevel.HIGH, "Fråga Anna tidigt")
                .addPartner(new ProjectPartner(ActorKey.parse("sundsvalls-kommun"), PartnerRole.CO_FINANCIER,
                        Optional.of("Anna ordnar lokaler"), Optional.empty()));
        draft = draft.withActivity(draft.activity(new ActivityId(1)).withResult(DraftFixtures.result(1,
                ResultLevel.OUTPUT, "Annas kurser", new Baseline.Stated(IndicatorUnit.COUNT,
                        java.math.BigDecimal.ZERO, Optional.of("Enligt Anna")), "3")));

        ImplementationDraft rewritten = draft.withTexts(t -> t.replace("Anna", "[x]"));

        assertThat(draft.texts()).containsKeys("title", "aim:1", "group:ORGANISATIONS", "activity:A1:title",
                "activity:A1:description", "result:A1/1:description", "result:A1/1:indicator", "result:A1/1:note",
                "partner:sundsvalls-kommun:contribution", "risk:1:description", "risk:1:mitigation");
        assertThat(rewritten.texts().values()).noneMatch(t -> t.contains("Anna"));
        assertThat(rewritten.texts().get("result:A1/1:note")).isEqualTo("Enligt [x]");
        assertThat(rewritten.activity(new ActivityId(1)).results().get(0).indicator().target())
                .isEqualTo(draft.activity(new ActivityId(1)).results().get(0).indicator().target());
        assertThat(rewritten.withTexts(t -> t)).isEqualTo(rewritten);
    }
}
