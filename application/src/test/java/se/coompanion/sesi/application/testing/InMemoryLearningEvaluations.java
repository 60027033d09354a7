package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.learning.FollowUp;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;

/** Evaluations in memory; as a personal data holder it covers the follow-ups' notes. */
public final class InMemoryLearningEvaluations implements LearningEvaluations, PersonalDataHolder, InMemory {

    private static final String STORE = "learning_evaluation";

    private final NumberedRecords<ModuleEvaluation> evaluations = new NumberedRecords<>();

    @Override
    public void addAll(List<ModuleEvaluation> added, Instant recordedAt) {
        for (ModuleEvaluation e : added) {
            if (evaluations.all().stream().anyMatch(o -> o.pilot() == e.pilot()
                    && o.participant().equals(e.participant()) && o.module().equals(e.module()))) {
                throw new IllegalStateException("evaluated twice: " + e);
            }
            evaluations.add(n -> e);
        }
    }

    @Override
    public List<ModuleEvaluation> all() {
        return evaluations.all().stream().sorted(Comparator.comparingInt(ModuleEvaluation::pilot)).toList();
    }

    @Override
    public void updateFollowUp(ModuleEvaluation evaluation) {
        evaluations.byNumber().replaceAll((n, e) -> e.pilot() == evaluation.pilot()
                && e.participant().equals(evaluation.participant()) && e.module().equals(evaluation.module())
                ? e.withFollowUp(evaluation.followUp()) : e);
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export(STORE, evaluations.byNumber(), subject, InMemoryLearningEvaluations::texts);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(STORE, InMemoryMentions.erase(evaluations.byNumber(), subject,
                InMemoryLearningEvaluations::texts, (e, t) -> {
                    FollowUp f = e.followUp();
                    return e.withFollowUp(new FollowUp(f.planned(), f.done(), f.applied(),
                            Optional.of(t.get("follow_up_note")).filter(s -> !s.isEmpty())));
                })));
    }

    private static Map<String, String> texts(ModuleEvaluation e) {
        return Map.of("follow_up_note", e.followUp().note().orElse(""));
    }

    @Override
    public Object snapshot() {
        return evaluations.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        evaluations.restore(snapshot);
    }
}
