package se.coompanion.sesi.adapters.persistence.learning;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_EVALUATION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_SELF_ASSESSMENT;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.FollowUp;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.ParticipantCode;
import se.coompanion.sesi.domain.learning.SelfAssessment;

/**
 * Evaluations in {@code learning_evaluation} (levels 1 and 3) with the level-2 self-assessments per objective
 * ({@code learning_self_assessment}); the one place they are mapped. An import's evaluations are inserted in
 * batches, then their self-assessments.
 */
public final class JooqLearningEvaluations implements LearningEvaluations {

    /** Evaluations inserted per batch. */
    private static final int BATCH = 500;

    private final DSLContext dsl;

    public JooqLearningEvaluations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<ModuleEvaluation> evaluations, Instant recordedAt) {
        var e = LEARNING_EVALUATION;
        var s = LEARNING_SELF_ASSESSMENT;
        for (int from = 0; from < evaluations.size(); from += BATCH) {
            List<ModuleEvaluation> chunk = evaluations.subList(from, Math.min(evaluations.size(), from + BATCH));
            var insert = dsl.batch(dsl.insertInto(e, e.PILOT_NO, e.PARTICIPANT, e.MODULE_KEY, e.SATISFACTION,
                    e.RELEVANCE, e.FOLLOW_UP_PLANNED, e.FOLLOW_UP_DONE, e.FOLLOW_UP_APPLIED, e.FOLLOW_UP_NOTE,
                    e.RECORDED_AT).values((Integer) null, null, null, null, null, null, null, null, null, null));
            for (ModuleEvaluation evaluation : chunk) {
                FollowUp f = evaluation.followUp();
                insert.bind(evaluation.pilot(), evaluation.participant().value(), evaluation.module().value(),
                        evaluation.satisfaction().orElse(null), evaluation.relevance().orElse(null),
                        f.planned().orElse(null), f.done().orElse(null), f.applied().map(Enum::name).orElse(null),
                        f.note().orElse(null), recordedAt.atOffset(ZoneOffset.UTC));
            }
            insert.execute();
            Map<List<Object>, Long> ids = new HashMap<>();
            dsl.select(e.ID, e.PILOT_NO, e.PARTICIPANT, e.MODULE_KEY).from(e)
                    .where(e.PILOT_NO.in(chunk.stream().map(ModuleEvaluation::pilot).distinct().toList()))
                    .forEach(r -> ids.put(List.of(r.value2(), r.value3(), r.value4()), r.value1()));
            var assessments = dsl.batch(dsl.insertInto(s, s.EVALUATION_ID, s.OBJECTIVE_NO, s.LEVEL_BEFORE,
                    s.LEVEL_AFTER).values((Long) null, null, null, null));
            boolean any = false;
            for (ModuleEvaluation evaluation : chunk) {
                Long id = ids.get(List.of(evaluation.pilot(), evaluation.participant().value(),
                        evaluation.module().value()));
                for (SelfAssessment a : evaluation.assessments()) {
                    assessments.bind(id, a.objective(), a.before(), a.after());
                    any = true;
                }
            }
            if (any) {
                assessments.execute();
            }
        }
    }

    @Override
    public List<ModuleEvaluation> all() {
        var s = LEARNING_SELF_ASSESSMENT;
        Map<Long, List<SelfAssessment>> assessments = new HashMap<>();
        dsl.selectFrom(s).orderBy(s.EVALUATION_ID, s.OBJECTIVE_NO).forEach(r -> assessments.computeIfAbsent(
                r.getEvaluationId(), k -> new ArrayList<>()).add(new SelfAssessment(r.getObjectiveNo(),
                        r.getLevelBefore(), r.getLevelAfter())));
        var e = LEARNING_EVALUATION;
        return dsl.selectFrom(e).orderBy(e.PILOT_NO, e.ID).fetch(r -> new ModuleEvaluation(r.getPilotNo(),
                new ParticipantCode(r.getParticipant()), new ModuleKey(r.getModuleKey()),
                Optional.ofNullable(r.getSatisfaction()), Optional.ofNullable(r.getRelevance()),
                ImmutableList.copyOf(assessments.getOrDefault(r.getId(), List.of())),
                new FollowUp(Optional.ofNullable(r.getFollowUpPlanned()), Optional.ofNullable(r.getFollowUpDone()),
                        Optional.ofNullable(r.getFollowUpApplied()).map(Applied::valueOf),
                        Optional.ofNullable(r.getFollowUpNote()))));
    }

    @Override
    public void updateFollowUp(ModuleEvaluation evaluation) {
        var e = LEARNING_EVALUATION;
        FollowUp f = evaluation.followUp();
        dsl.update(e)
                .set(e.FOLLOW_UP_PLANNED, f.planned().orElse(null))
                .set(e.FOLLOW_UP_DONE, f.done().orElse(null))
                .set(e.FOLLOW_UP_APPLIED, f.applied().map(Enum::name).orElse(null))
                .set(e.FOLLOW_UP_NOTE, f.note().orElse(null))
                .where(e.PILOT_NO.eq(evaluation.pilot()), e.PARTICIPANT.eq(evaluation.participant().value()),
                        e.MODULE_KEY.eq(evaluation.module().value()))
                .execute();
    }
}
