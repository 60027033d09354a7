package se.coompanion.sesi.domain.implementation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** Recommendations and drafts for the tests of the implementation draft. */
final class DraftFixtures {

    static final Instant NOW = Instant.parse("2024-11-04T09:00:00Z");

    private DraftFixtures() {
    }

    static RecordedRecommendation recommendation(int number, String statement, String... evidence) {
        return new RecordedRecommendation(number, Recommendation.of(statement, Priority.HIGH, Optional.empty(),
                Arrays.stream(evidence).map(EvidenceReference::parse).toList()), NOW);
    }

    static Map<TargetGroupKind, String> groups() {
        Map<TargetGroupKind, String> groups = new EnumMap<>(TargetGroupKind.class);
        for (TargetGroupKind kind : TargetGroupKind.values()) {
            groups.put(kind, "Om " + kind);
        }
        return groups;
    }

    static ProjectPartner partner(String key, PartnerRole role) {
        return new ProjectPartner(ActorKey.parse(key), role, Optional.empty(), Optional.empty());
    }

    static ImplementationDraft empty() {
        return ImplementationDraft.start("Genomförandeprojekt", NOW, groups(), List.of());
    }

    /** A draft with one proposed activity per recommendation and no results. */
    static ImplementationDraft of(RecordedRecommendation... recommendations) {
        return empty().withProposals(List.of(recommendations), r -> List.of());
    }

    static ExpectedResult result(int number, ResultLevel level, String name, Baseline baseline, String target) {
        IndicatorUnit unit = baseline == null ? IndicatorUnit.COUNT : baseline.unit();
        return new ExpectedResult(number, level, "Resultat " + name, new Indicator(name, unit,
                Optional.ofNullable(baseline), Optional.ofNullable(target).map(BigDecimal::new)));
    }
}
