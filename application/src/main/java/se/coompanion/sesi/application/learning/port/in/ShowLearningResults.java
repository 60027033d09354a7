package se.coompanion.sesi.application.learning.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.Programme;

/**
 * The results of the learning programme: for a version (by default the latest with evaluations), the reaction per
 * module and the gain per objective over its pilot runs' evaluations, and the level-3 follow-ups; and the coverage of
 * the top-5 Borich competence gaps by the modules of the latest version.
 */
public interface ShowLearningResults {

    Result results(Optional<Integer> version);

    /**
     * @param evaluated   the version the reactions and gains are of (empty when there is no version)
     * @param pilots      its pilot runs' numbers
     * @param reactions   mean satisfaction and relevance per module, with N
     * @param gains       mean levels before and after and mean gain per objective, with N
     * @param followUps   the level-3 follow-ups of its evaluations
     * @param latest      the latest version, whose modules the coverage is of
     * @param coverage    the top Borich gaps and the modules addressing each
     * @param enterprises the enterprises whose ratings the ranking rests on (0: no ranking yet)
     */
    record Result(Optional<Programme> evaluated, List<Integer> pilots, List<LearningResults.Reaction> reactions,
            List<LearningResults.Gain> gains, LearningResults.FollowUps followUps, Optional<Programme> latest,
            List<LearningResults.Coverage> coverage, int enterprises) {

        public Result {
            pilots = List.copyOf(pilots);
            reactions = List.copyOf(reactions);
            gains = List.copyOf(gains);
            coverage = List.copyOf(coverage);
        }
    }
}
