package se.coompanion.sesi.domain.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.coompanion.sesi.domain.implementation.DraftFixtures.recommendation;
import static se.coompanion.sesi.domain.implementation.DraftFixtures.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceArea;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

class DraftCheckTest {

    private static final RecordedRecommendation ONE = recommendation(1, "Upphandling", "need:PUBLIC_PROCUREMENT",
            "borich:public_procurement", "survey:behov_upphandling");
    private static final RecordedRecommendation TWO = recommendation(2, "Handledning", "need:WORK_INTEGRATION",
            "partner:sundsvalls-kommun");
    private static final RecordedRecommendation THREE = recommendation(3, "Finansiering", "need:FINANCING");
    private static final Baseline.Measured SURVEY = Baseline.parse("survey:behov_upphandling=4+5");
    private static final ActivityId A1 = new ActivityId(1);
    private static final ActivityId A2 = new ActivityId(2);
    private static final ActivityId A3 = new ActivityId(3);

    private static BorichRanking.Ranked gap(int rank, String key) {
        Competence competence = new Competence(new CompetenceKey(key), new CompetenceArea(new CompetenceKey("area"),
                "Område", "Area"), "Kompetens " + key, "Competence " + key);
        return new BorichRanking.Ranked(rank, new CompetenceScore(competence, 10, 20 - rank, 40, 5));
    }

    private static Actor actor(String key, String name, String municipality) {
        return new Actor(ActorKey.parse(key), name, Optional.empty(), Optional.empty(),
                ImmutableSortedSet.of(ActorRole.OTHER), Optional.ofNullable(municipality).map(Municipality::of),
                Optional.empty(), Optional.empty());
    }

    private static CheckFacts facts(ImmutableMap<String, Message> unresolved, ImmutableMap<String, Message> baselines) {
        return new CheckFacts(ImmutableMap.of(1, ONE, 2, TWO, 3, THREE), unresolved,
                ImmutableSet.of(TargetGroupKind.ORGANISATIONS, TargetGroupKind.MUNICIPALITIES),
                ImmutableList.of(new ThemeTally(NeedTheme.of(Theme.PUBLIC_PROCUREMENT), Optional.empty(), 2, 1, 1, 0),
                        new ThemeTally(NeedTheme.of(Theme.SKILLS_SUPPLY), Optional.empty(), 2, 2, 0, 0),
                        new ThemeTally(NeedTheme.of(Theme.FINANCING), Optional.empty(), 1, 1, 0, 0)),
                ImmutableList.of(gap(1, "public_procurement"), gap(2, "marketing_and_sales"),
                        gap(3, "impact_measurement")),
                ImmutableMap.of(ModuleRef.parse("1/M1"), ImmutableSet.of(new CompetenceKey("public_procurement")),
                        ModuleRef.parse("1/M2"), ImmutableSet.of(new CompetenceKey("marketing_and_sales"))),
                ImmutableList.of(Municipality.of("2281"), Municipality.of("2262"), Municipality.of("2380")),
                ImmutableMap.of(ActorKey.parse("sundsvalls-kommun"), actor("sundsvalls-kommun", "Sundsvalls kommun",
                        "2281"), ActorKey.parse("timra-kommun"), actor("timra-kommun", "Timrå kommun", "2262"),
                        ActorKey.parse("arbetsformedlingen"), actor("arbetsformedlingen", "Arbetsförmedlingen", null)),
                baselines);
    }

    /** A draft with something of every kind missing (see the test below). */
    private static ImplementationDraft incomplete() {
        ImplementationDraft draft = DraftFixtures.of(ONE, TWO, THREE).accept(A1).drop(A3, Optional.empty());
        ProjectActivity a1 = draft.activity(A1)
                .withResult(result(1, ResultLevel.OUTPUT, "kurser", new Baseline.Stated(IndicatorUnit.COUNT,
                        BigDecimal.ZERO, Optional.of("Inga kurser i dag")), "4"))
                .withResult(result(2, ResultLevel.SHORT_TERM, "medelgap", Baseline.parse("borich:public_procurement"),
                        "1"))
                .withResult(result(3, ResultLevel.LONG_TERM, "andel", SURVEY, null))
                .withModules(ImmutableSortedSet.of(ModuleRef.parse("1/M1"), ModuleRef.parse("1/M9")));
        ProjectActivity a2 = draft.activity(A2).withModules(ImmutableSortedSet.of(ModuleRef.parse("1/M2")));
        LetterOfIntent declined = LetterOfIntent.next(Optional.empty(), LetterState.DECLINED, LocalDate.of(2024, 5, 1));
        return draft.withActivity(a1).withActivity(a2)
                .addAim("Fler i arbete", Grounds.of(List.of(), List.of(EvidenceReference.parse("finding:3"))))
                .addPartner(DraftFixtures.partner("sundsvalls-kommun", PartnerRole.CO_FINANCIER))
                .addPartner(DraftFixtures.partner("timra-kommun", PartnerRole.COOPERATION_PARTNER).withLetter(declined))
                .addPartner(DraftFixtures.partner("arbetsformedlingen", PartnerRole.REFERENCE_GROUP))
                .withPrinciple(new PrincipleWork(HorizontalPrinciple.GENDER_EQUALITY, Optional.empty(),
                        ImmutableSortedSet.of(A3)))
                .withPrinciple(new PrincipleWork(HorizontalPrinciple.ACCESSIBILITY, Optional.empty(),
                        ImmutableSortedSet.of(A1)));
    }

    @Test
    void the_check_names_every_gap_of_every_kind_in_order() {
        ImmutableMap<String, Message> unresolved = ImmutableMap.of(
                "finding:3", Message.literal("there is no finding 3"),
                "need:WORK_INTEGRATION", Message.literal("no municipality raised it"),
                "partner:arbetsformedlingen", Message.literal("not on the partner shortlist"));
        ImmutableMap<String, Message> baselines = ImmutableMap.of(SURVEY.code(), Message.literal("no valid answers"));

        ImmutableList<Gap> gaps = DraftCheck.of(incomplete(), facts(unresolved, baselines));

        assertThat(gaps).extracting(Gap::kind, Gap::subject, g -> g.evidence().orElse("")).containsExactly(
                tuple(GapKind.UNSUPPORTED_CLAIM, "aim:1", ""),
                tuple(GapKind.UNSUPPORTED_CLAIM, "group:INDIVIDUALS", ""),
                tuple(GapKind.UNSUPPORTED_CLAIM, "partner:arbetsformedlingen", ""),
                tuple(GapKind.BROKEN_EVIDENCE, "activity:A2", "need:WORK_INTEGRATION"),
                tuple(GapKind.NEED_UNANSWERED, "SKILLS_SUPPLY", ""),
                tuple(GapKind.NEED_UNANSWERED, "FINANCING", ""),
                tuple(GapKind.GAP_UNANSWERED, "impact_measurement", ""),
                tuple(GapKind.COUNTY_WITHOUT_PARTNER, "23", ""),
                tuple(GapKind.MUNICIPALITY_WITHOUT_PARTNER, "2262", ""),
                tuple(GapKind.MUNICIPALITY_WITHOUT_PARTNER, "2380", ""),
                tuple(GapKind.INDICATOR_WITHOUT_BASELINE, "A1/3", "survey:behov_upphandling=4+5"),
                tuple(GapKind.INDICATOR_WITHOUT_TARGET, "A1/3", ""),
                tuple(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, "GENDER_EQUALITY", ""),
                tuple(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, "NON_DISCRIMINATION", ""),
                tuple(GapKind.ACTIVITY_UNDECIDED, "A2", ""),
                tuple(GapKind.ACTIVITY_WITHOUT_OUTPUT, "A2", ""),
                tuple(GapKind.ACTIVITY_WITHOUT_RESULT, "A2", ""),
                tuple(GapKind.MODULE_MISSING, "A1", "1/M9"),
                tuple(GapKind.SECTION_EMPTY, "RISKS", ""));
        assertThat(gaps.get(0).text().format(Locale.ENGLISH))
                .isEqualTo("Aim 1 rests on no evidence that resolves: finding:3 (there is no finding 3)");
        assertThat(gaps.get(2).text().format(Locale.ENGLISH)).isEqualTo("Partner Arbetsförmedlingen rests on no "
                + "evidence that resolves: partner:arbetsformedlingen (not on the partner shortlist)");
        assertThat(gaps.get(3).text().format(Locale.ENGLISH)).isEqualTo(
                "Activity A2 \"Handledning\": need:WORK_INTEGRATION no longer resolves: no municipality raised it");
        assertThat(gaps.get(6).text().format(Locale.forLanguageTag("sv"))).isEqualTo("Kompetens impact_measurement "
                + "(rang 3 bland kompetensgapen): ingen aktivitet vilar på gapet eller utbildar i kompetensen");
        assertThat(gaps.get(10).text().format(Locale.ENGLISH)).isEqualTo("Indicator A1/3 \"andel\": its baseline "
                + "survey:behov_upphandling=4+5 gives no value (no valid answers)");
    }

    @Test
    void a_claim_whose_only_evidence_stops_resolving_is_unsupported_and_one_citing_nothing_too() {
        ImplementationDraft draft = DraftFixtures.of(THREE).addActivity("Egen idé", Optional.empty(), Grounds.NONE,
                ImmutableSortedSet.of());

        ImmutableList<Gap> gaps = DraftCheck.of(draft, facts(ImmutableMap.of("need:FINANCING",
                Message.literal("no municipality raised it")), ImmutableMap.of()));

        assertThat(gaps).filteredOn(g -> g.kind() == GapKind.UNSUPPORTED_CLAIM).extracting(Gap::subject,
                g -> g.text().format(Locale.ENGLISH)).containsExactly(
                        tuple("group:INDIVIDUALS", "Target group \"Individuals far from the labour market\" "
                                + "rests on no evidence that resolves: it cites no evidence"),
                        tuple("activity:A1", "Activity A1 \"Finansiering\" rests on no evidence that resolves: "
                                + "need:FINANCING (no municipality raised it)"),
                        tuple("activity:A2", "Activity A2 \"Egen idé\" rests on no evidence that resolves: it cites no "
                                + "evidence"));
        assertThat(gaps).filteredOn(g -> g.kind() == GapKind.BROKEN_EVIDENCE).isEmpty();
    }

    @Test
    void a_finished_draft_has_no_gaps() {
        ImplementationDraft draft = DraftFixtures.of(ONE, TWO, THREE).accept(A1).accept(A2).accept(A3);
        for (ActivityId id : List.of(A1, A2, A3)) {
            draft = draft.withActivity(draft.activity(id)
                    .withResult(result(1, ResultLevel.OUTPUT, "kurser", new Baseline.Stated(IndicatorUnit.COUNT,
                            BigDecimal.ZERO, Optional.empty()), "4"))
                    .withResult(result(2, ResultLevel.LONG_TERM, "andel", SURVEY, "40")));
        }
        draft = draft.withActivity(draft.activity(A2).withModules(ImmutableSortedSet.of(ModuleRef.parse("1/M2"))))
                .withActivity(draft.activity(A3).withGrounds(Grounds.of(List.of(3), List.of(
                        EvidenceReference.parse("need:SKILLS_SUPPLY"),
                        EvidenceReference.parse("borich:impact_measurement")))))
                .addAim("Fler i arbete", Grounds.recommendation(2))
                .withTargetGroup(new ProjectTargetGroup(TargetGroupKind.INDIVIDUALS, "Personer", Grounds.recommendation(
                        2)))
                .addPartner(DraftFixtures.partner("sundsvalls-kommun", PartnerRole.CO_FINANCIER))
                .addPartner(DraftFixtures.partner("timra-kommun", PartnerRole.CO_FINANCIER))
                .addRisk("Risk", RiskLevel.LOW, RiskLevel.LOW, "Åtgärd");
        for (HorizontalPrinciple principle : HorizontalPrinciple.values()) {
            draft = draft.withPrinciple(new PrincipleWork(principle, Optional.of("Så här"), ImmutableSortedSet.of(A2)));
        }
        CheckFacts facts = facts(ImmutableMap.of(), ImmutableMap.of());
        CheckFacts twoMunicipalities = new CheckFacts(facts.recommendations(), facts.unresolved(), facts.sized(),
                facts.prioritised(), facts.topGaps(), facts.modules(), ImmutableList.of(Municipality.of("2281"),
                        Municipality.of("2262")), facts.actors(), facts.baselines());

        assertThat(DraftCheck.of(draft, twoMunicipalities)).isEmpty();
    }
}
