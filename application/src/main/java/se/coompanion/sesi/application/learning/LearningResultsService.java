package se.coompanion.sesi.application.learning;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;

/**
 * The results of the learning programme: Kirkpatrick levels 1-3 over a version's pilot runs, and the coverage of the
 * top Borich competence gaps (ranked by the competence area's use case) by the latest version's modules.
 */
public final class LearningResultsService implements ShowLearningResults {

    private final LearningProgrammes programmes;
    private final PilotRuns pilots;
    private final LearningEvaluations evaluations;
    private final RankCompetences ranking;
    private final Transactions transactions;

    public LearningResultsService(LearningProgrammes programmes, PilotRuns pilots, LearningEvaluations evaluations,
            RankCompetences ranking, Transactions transactions) {
        this.programmes = Objects.requireNonNull(programmes);
        this.pilots = Objects.requireNonNull(pilots);
        this.evaluations = Objects.requireNonNull(evaluations);
        this.ranking = Objects.requireNonNull(ranking);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public ShowLearningResults.Result results(Optional<Integer> version) {
        return transactions.inTransaction(() -> {
            List<Programme> all = programmes.all();
            List<PilotRun> runs = pilots.all();
            List<ModuleEvaluation> recorded = evaluations.all();
            Optional<Programme> evaluated = version.isPresent() ? Optional.of(programmes.require(version.get()))
                    : latestEvaluated(all, runs, recorded);
            List<Integer> pilotNumbers = evaluated.map(p -> runs.stream().filter(r -> r.version() == p.number())
                    .map(PilotRun::number).toList()).orElse(List.of());
            Set<Integer> chosen = Set.copyOf(pilotNumbers);
            List<ModuleEvaluation> own = recorded.stream().filter(e -> chosen.contains(e.pilot())).toList();
            Optional<Programme> latest = all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
            RankCompetences.Result ranked = ranking.rank();
            return new ShowLearningResults.Result(evaluated, pilotNumbers,
                    evaluated.map(p -> LearningResults.reactions(p.modules(), own)).orElse(List.of()),
                    evaluated.map(p -> LearningResults.gains(p.modules(), own)).orElse(List.of()),
                    LearningResults.followUps(own), latest,
                    LearningResults.coverage(ranked.ranking(), latest.map(Programme::modules).orElse(
                            ImmutableList.of())), ranked.enterprises());
        });
    }

    /** The latest version with evaluations of its pilot runs, else the latest version. */
    private static Optional<Programme> latestEvaluated(List<Programme> all, List<PilotRun> runs,
            List<ModuleEvaluation> recorded) {
        Set<Integer> evaluatedPilots = recorded.stream().map(ModuleEvaluation::pilot).collect(Collectors.toSet());
        Set<Integer> versions = runs.stream().filter(r -> evaluatedPilots.contains(r.number()))
                .map(PilotRun::version).collect(Collectors.toSet());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (versions.contains(all.get(i).number())) {
                return Optional.of(all.get(i));
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
