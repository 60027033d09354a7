package se.coompanion.sesi.domain.learning;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One participant's evaluation of one module of a pilot run (one evaluation form), by Kirkpatrick's levels:
 * level 1, reaction (satisfaction and relevance, each 1-5); level 2, learning (the self-assessed level before and
 * after, per learning objective); level 3, behaviour (the follow-up some months later). At least one value of level
 * 1 or 2 is given.
 *
 * @param pilot        the pilot run's number
 * @param participant  the participant's pseudonymous code
 * @param module       the module evaluated
 * @param satisfaction level 1: how satisfied, 1-5
 * @param relevance    level 1: how relevant for the participant's work, 1-5
 * @param assessments  level 2: per objective, in objective order, each objective once
 * @param followUp     level 3
 */
public record ModuleEvaluation(int pilot, ParticipantCode participant, ModuleKey module,
        Optional<Integer> satisfaction, Optional<Integer> relevance, ImmutableList<SelfAssessment> assessments,
        FollowUp followUp) {

    public ModuleEvaluation {
        if (pilot < 1) {
            throw new IllegalArgumentException("pilot runs are numbered from 1: " + pilot);
        }
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(module, "module");
        satisfaction.ifPresent(s -> Scale.check(Message.of(ModuleEvaluation.class, "field.satisfaction"), s));
        relevance.ifPresent(r -> Scale.check(Message.of(ModuleEvaluation.class, "field.relevance"), r));
        assessments = ImmutableList.sortedCopyOf(Comparator.comparingInt(SelfAssessment::objective), assessments);
        for (int i = 1; i < assessments.size(); i++) {
            if (assessments.get(i).objective() == assessments.get(i - 1).objective()) {
                throw new DomainException(Message.of(ModuleEvaluation.class, "evaluation.objectiveTwice",
                        assessments.get(i).objective()));
            }
        }
        Objects.requireNonNull(followUp, "followUp");
        if (satisfaction.isEmpty() && relevance.isEmpty() && assessments.isEmpty()) {
            throw new DomainException(Message.of(ModuleEvaluation.class, "evaluation.empty"));
        }
    }

    /** True when it has a level-1 value (satisfaction or relevance). */
    public boolean hasReaction() {
        return satisfaction.isPresent() || relevance.isPresent();
    }

    /** True when it has a level-2 value (an objective assessed before and after). */
    public boolean hasLearning() {
        return !assessments.isEmpty();
    }

    public ModuleEvaluation withFollowUp(FollowUp changed) {
        return new ModuleEvaluation(pilot, participant, module, satisfaction, relevance, assessments, changed);
    }
}
