package se.coompanion.sesi.application.implementation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.LetterState;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.PrincipleWork;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.ProjectTargetGroup;
import se.coompanion.sesi.domain.implementation.ResultLevel;
import se.coompanion.sesi.domain.implementation.RiskLevel;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** The contract of the {@link ImplementationDrafts} out-port, for every implementation. */
public abstract class ImplementationDraftsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-11-04T09:00:00Z");
    private static final ActorKey SUNDSVALL = new ActorKey("sundsvalls-kommun");
    private static final ActorKey REGION = new ActorKey("region-jamtland-harjedalen");
    private static final ActorKey CAFE = new ActorKey("cafe-fjallsippan");
    private static final LocalDate MAY = LocalDate.of(2024, 5, 2);

    private ImplementationDrafts drafts() {
        return ports().implementationDrafts();
    }

    private void save(ImplementationDraft draft) {
        ports().transactions().run(() -> drafts().save(draft));
    }

    private void actors() {
        actors(ports());
    }

    /**
     * Registers the actors {@link #full()} names as partners.
     *
     * @param ports the ports to register them in
     */
    public static void actors(SesiPorts ports) {
        ports.transactions().run(() -> ports.actors().addAll(List.of(actor(SUNDSVALL), actor(REGION), actor(CAFE)),
                NOW));
    }

    private static Actor actor(ActorKey key) {
        return new Actor(key, key.value(), Optional.empty(), Optional.empty(), ImmutableSortedSet.of(ActorRole.OTHER),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static RecordedRecommendation recommendation(int number, String... evidence) {
        return new RecordedRecommendation(number, Recommendation.of("Rekommendation " + number, Priority.HIGH,
                Optional.empty(), List.of(evidence).stream().map(EvidenceReference::parse).toList()), NOW);
    }

    private static ExpectedResult result(int number, ResultLevel level, String name, IndicatorUnit unit,
            Optional<Baseline> baseline, String target) {
        return new ExpectedResult(number, level, "Resultat: " + name, new Indicator(name, unit, baseline,
                Optional.ofNullable(target).map(BigDecimal::new)));
    }

    /**
     * A draft with every kind of part and every state.
     *
     * @return the draft
     */
    public static ImplementationDraft full() {
        Map<TargetGroupKind, String> groups = new EnumMap<>(TargetGroupKind.class);
        for (TargetGroupKind kind : TargetGroupKind.values()) {
            groups.put(kind, "Målgruppen " + kind);
        }
        ImplementationDraft draft = ImplementationDraft.start("Genomförandeprojekt SESI", NOW, groups, List.of(
                new ProjectPartner(SUNDSVALL, PartnerRole.CO_FINANCIER, Optional.of("Lokaler"), Optional.of(
                        new LetterOfIntent(LetterState.SIGNED, Optional.of(MAY), Optional.of(MAY.plusDays(9))))),
                new ProjectPartner(REGION, PartnerRole.REFERENCE_GROUP, Optional.empty(), Optional.empty()),
                new ProjectPartner(CAFE, PartnerRole.COOPERATION_PARTNER, Optional.empty(), Optional.of(
                        new LetterOfIntent(LetterState.DECLINED, Optional.empty(), Optional.of(MAY))))))
                .withProposals(List.of(recommendation(1, "need:PUBLIC_PROCUREMENT", "pilot:1/M1"),
                        recommendation(2, "finding:3"), recommendation(3, "need:FINANCING"),
                        recommendation(4, "seminar:1/2")), r -> List.of())
                .addActivity("Nätverk", Optional.empty(), Grounds.of(List.of(), List.of(
                        EvidenceReference.parse("need:2281/OTHER: Bostäder"),
                        EvidenceReference.parse("survey:stodstruktur/23"))), ImmutableSortedSet.of(
                                ModuleRef.parse("2/M4"), ModuleRef.parse("1/M2")))
                .accept(new ActivityId(1)).merge(new ActivityId(2), new ActivityId(1))
                .drop(new ActivityId(3), Optional.of("Ryms inte")).drop(new ActivityId(4), Optional.empty())
                .addAim("Fler sociala företag lämnar anbud", Grounds.of(List.of(1, 3), List.of(
                        EvidenceReference.parse("borich:public_procurement"))))
                .addAim("Kommunerna känner till reserverade kontrakt", Grounds.NONE)
                .withTargetGroup(new ProjectTargetGroup(TargetGroupKind.INDIVIDUALS, "Långtidsarbetslösa",
                        Grounds.of(List.of(2), List.of(EvidenceReference.parse("need:WORK_INTEGRATION")))))
                .addRisk("Kommunerna hinner inte", RiskLevel.MEDIUM, RiskLevel.HIGH, "Börja i tre kommuner")
                .addRisk("Medfinansieringen uteblir", RiskLevel.LOW, RiskLevel.HIGH, "Två medfinansiärer")
                .withPrinciple(new PrincipleWork(HorizontalPrinciple.GENDER_EQUALITY, Optional.of("Könsuppdelat"),
                        ImmutableSortedSet.of(new ActivityId(1), new ActivityId(2))));
        ProjectActivity first = draft.activity(new ActivityId(1))
                .withResult(result(1, ResultLevel.OUTPUT, "Kurser", IndicatorUnit.COUNT, Optional.of(
                        new Baseline.Stated(IndicatorUnit.COUNT, BigDecimal.ZERO, Optional.of("Inga i dag"))), "6"))
                .withResult(result(2, ResultLevel.SHORT_TERM, "Medelgap", IndicatorUnit.SCORE, Optional.of(
                        Baseline.parse("borich:public_procurement")), "1.25"))
                .withResult(result(4, ResultLevel.LONG_TERM, "Andel", IndicatorUnit.PERCENT, Optional.of(
                        Baseline.parse("survey:stodstruktur/23=1+2")), null))
                .withResult(result(5, ResultLevel.LONG_TERM, "Kommuner", IndicatorUnit.COUNT, Optional.of(
                        new Baseline.Stated(IndicatorUnit.COUNT, new BigDecimal("3"), Optional.empty())), "10"))
                .withResult(result(6, ResultLevel.LONG_TERM, "Okänt", IndicatorUnit.PERCENT, Optional.empty(), "40"));
        return draft.withActivity(first);
    }

    @Test
    void a_fresh_database_has_no_draft() {
        assertThat(tx(drafts()::find)).isEmpty();
    }

    @Test
    void a_draft_with_every_part_and_state_comes_back_as_saved() {
        actors();
        ImplementationDraft draft = full();

        save(draft);

        assertThat(tx(drafts()::find)).contains(draft);
    }

    @Test
    void a_save_replaces_the_draft_whole_so_what_was_removed_is_gone() {
        actors();
        ImplementationDraft draft = full();
        save(draft);
        ImplementationDraft smaller = draft.withoutAim(1).withoutRisk(2).withoutPartner(REGION)
                .withActivity(draft.activity(new ActivityId(1)).withoutResult(2)).withTitle("SESI 2")
                .withPrinciple(PrincipleWork.empty(HorizontalPrinciple.GENDER_EQUALITY));

        save(smaller);

        assertThat(tx(drafts()::find)).contains(smaller);
    }

    @Test
    void a_failed_transaction_leaves_the_draft_as_it_was() {
        actors();
        ImplementationDraft draft = full();
        save(draft);

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            drafts().save(draft.withTitle("Ändrad").withoutAim(2));
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> save(draft.addPartner(new ProjectPartner(new ActorKey("okand-aktor"),
                PartnerRole.REFERENCE_GROUP, Optional.empty(), Optional.empty()))))
                .hasMessageContaining("okand-aktor");

        assertThat(tx(drafts()::find)).contains(draft);
    }

}
