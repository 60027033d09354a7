package se.coompanion.sesi.application.learning;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The learning programme's progress (target: a prototype with at least 1 pilot run evaluated): the pilot runs that are
 * evaluated count, a run being evaluated when at least one level-1 value (reaction) and one level-2 value (an
 * objective's levels before and after) are recorded for it. Started as soon as a version exists. Details: versions and
 * the latest one's modules and hours, pilot runs, their participants by gender (ESF+), and the evaluations.
 */
public final class LearningProgrammeMeasure implements ActivityMeasure {

    private final LearningProgrammes programmes;
    private final PilotRuns pilots;
    private final LearningEvaluations evaluations;

    public LearningProgrammeMeasure(LearningProgrammes programmes, PilotRuns pilots, LearningEvaluations evaluations) {
        this.programmes = Objects.requireNonNull(programmes);
        this.pilots = Objects.requireNonNull(pilots);
        this.evaluations = Objects.requireNonNull(evaluations);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.LEARNING_PROGRAMME;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        List<Programme> versions = programmes.all();
        if (versions.isEmpty()) {
            return Measurement.nothing();
        }
        List<PilotRun> runs = pilots.all();
        List<ModuleEvaluation> recorded = evaluations.all();
        int evaluated = (int) runs.stream().filter(r -> LearningResults.evaluated(r, recorded)).count();
        GenderCounts participants = runs.stream().map(PilotRun::participants).reduce(GenderCounts.ZERO,
                GenderCounts::plus);
        Programme latest = versions.get(versions.size() - 1);
        return new Measurement(evaluated, OptionalInt.empty(), true, true, ImmutableList.of(
                Message.of(LearningProgrammeMeasure.class, "progress.versions", versions.size(),
                        latest.modules().size(), latest.hours().stripTrailingZeros().toPlainString()),
                Message.of(LearningProgrammeMeasure.class, "progress.pilots", runs.size(), evaluated),
                Message.of(LearningProgrammeMeasure.class, "progress.participants", participants.total(),
                        participants.women(), participants.men(), participants.nonBinary(), participants.notStated()),
                Message.of(LearningProgrammeMeasure.class, "progress.evaluations", recorded.size())));
    }
}
