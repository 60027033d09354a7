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
 * ({@code learning_self_assessment}); the one place they are mapped.
 */
public final class JooqLearningEvaluations implements LearningEvaluations {

    private final DSLContext dsl;

    public JooqLearningEvaluations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<ModuleEvaluation> evaluations, Instant recordedAt) {
        var e = LEARNING_EVALUATION;
        var s = LEARNING_SELF_ASSESSMENT;
        for (ModuleEvaluation evaluation : evaluations) {
            FollowUp f = evaluation.followUp();
            long id = dsl.insertInto(e)
                    .set(e.PILOT_NO, evaluation.pilot())
                    .set(e.PARTICIPANT, evaluation.participant().value())
                    .set(e.MODULE_KEY, evaluation.module().value())
                    .set(e.SATISFACTION, evaluation.satisfaction().orElse(null))
                    .set(e.RELEVANCE, evaluation.relevance().orElse(null))
                    .set(e.FOLLOW_UP_PLANNED, f.planned().orElse(null))
                    .set(e.FOLLOW_UP_DONE, f.done().orElse(null))
                    .set(e.FOLLOW_UP_APPLIED, f.applied().map(Enum::name).orElse(null))
                    .set(e.FOLLOW_UP_NOTE, f.note().orElse(null))
                    .set(e.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                    .returning(e.ID)
                    .fetchSingle(e.ID);
            if (!evaluation.assessments().isEmpty()) {
                var batch = dsl.batch(dsl.insertInto(s, s.EVALUATION_ID, s.OBJECTIVE_NO, s.LEVEL_BEFORE, s.LEVEL_AFTER)
                        .values((Long) null, null, null, null));
                for (SelfAssessment a : evaluation.assessments()) {
                    batch = batch.bind(id, a.objective(), a.before(), a.after());
                }
                batch.execute();
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
