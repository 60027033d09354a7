package se.coompanion.sesi.adapters.persistence.synthesis;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SYNTHESIS_EVIDENCE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SYNTHESIS_RECOMMENDATION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SynthesisRecommendationRecord;
import se.coompanion.sesi.application.synthesis.port.out.Recommendations;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * Recommendations in table {@code synthesis_recommendation}, their evidence references in
 * {@code synthesis_evidence} in the order cited.
 */
public final class JooqRecommendations implements Recommendations {

    private final DSLContext dsl;

    public JooqRecommendations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RecordedRecommendation add(Recommendation recommendation, Instant recordedAt) {
        int number = dsl.select(DSL.coalesce(DSL.max(SYNTHESIS_RECOMMENDATION.RECOMMENDATION_NUMBER), 0))
                .from(SYNTHESIS_RECOMMENDATION).fetchSingle().value1() + 1;
        long id = dsl.insertInto(SYNTHESIS_RECOMMENDATION)
                .set(SYNTHESIS_RECOMMENDATION.RECOMMENDATION_NUMBER, number)
                .set(SYNTHESIS_RECOMMENDATION.STATEMENT, recommendation.statement())
                .set(SYNTHESIS_RECOMMENDATION.PRIORITY, recommendation.priority().name())
                .set(SYNTHESIS_RECOMMENDATION.RATIONALE, recommendation.rationale().orElse(null))
                .set(SYNTHESIS_RECOMMENDATION.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .returning(SYNTHESIS_RECOMMENDATION.ID)
                .fetchSingle(SYNTHESIS_RECOMMENDATION.ID);
        var evidence = dsl.insertInto(SYNTHESIS_EVIDENCE, SYNTHESIS_EVIDENCE.RECOMMENDATION_ID,
                SYNTHESIS_EVIDENCE.CITED_ORDER, SYNTHESIS_EVIDENCE.KIND, SYNTHESIS_EVIDENCE.REFERENCE);
        for (int i = 0; i < recommendation.evidence().size(); i++) {
            EvidenceReference reference = recommendation.evidence().get(i);
            evidence.values(id, i + 1, reference.kind().name(), reference.code());
        }
        evidence.execute();
        return new RecordedRecommendation(number, recommendation, recordedAt);
    }

    @Override
    public List<RecordedRecommendation> all() {
        Map<Long, List<String>> evidence = dsl.selectFrom(SYNTHESIS_EVIDENCE)
                .orderBy(SYNTHESIS_EVIDENCE.RECOMMENDATION_ID, SYNTHESIS_EVIDENCE.CITED_ORDER)
                .fetchGroups(SYNTHESIS_EVIDENCE.RECOMMENDATION_ID, SYNTHESIS_EVIDENCE.REFERENCE);
        return dsl.selectFrom(SYNTHESIS_RECOMMENDATION).orderBy(SYNTHESIS_RECOMMENDATION.RECOMMENDATION_NUMBER)
                .fetch(r -> toRecommendation(r, evidence.getOrDefault(r.getId(), List.of())));
    }

    private static RecordedRecommendation toRecommendation(SynthesisRecommendationRecord r, List<String> evidence) {
        return new RecordedRecommendation(r.getRecommendationNumber(), Recommendation.of(r.getStatement(),
                Priority.valueOf(r.getPriority()), Optional.ofNullable(r.getRationale()),
                evidence.stream().map(EvidenceReference::parse).toList()), r.getRecordedAt().toInstant());
    }
}
