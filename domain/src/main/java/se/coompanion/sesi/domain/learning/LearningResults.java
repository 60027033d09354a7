package se.coompanion.sesi.domain.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.shared.Mean;

/**
 * The results of the learning programme's pilots (Kirkpatrick levels 1-3) and how well the programme covers the
 * largest competence gaps. Every figure comes with its N:
 *
 * <ul>
 * <li>reaction per module: the mean satisfaction and the mean relevance over the evaluations that gave them;</li>
 * <li>learning per objective: the mean level before, the mean level after, and the mean gain, gain = after - before
 *     per participant (so the mean gain is the mean after minus the mean before over the same N);</li>
 * <li>coverage: for each of the top-ranked Borich competence gaps, the modules that address it (none: a gap the
 *     programme leaves open);</li>
 * <li>behaviour: follow-ups planned and done, and what the participants apply.</li>
 * </ul>
 */
public final class LearningResults {

    /** How many of the top Borich gaps the coverage looks at. */
    public static final int TOP_GAPS = 5;

    private LearningResults() {
    }

    /**
     * @param module       the module
     * @param satisfaction the mean satisfaction with its N
     * @param relevance    the mean relevance with its N
     */
    public record Reaction(LearningModule module, Mean satisfaction, Mean relevance) {
    }

    /**
     * @param module    the module
     * @param objective the objective's number
     * @param before    the mean level before, with N
     * @param after     the mean level after, with N
     * @param gain      the mean gain (after - before), with N
     */
    public record Gain(LearningModule module, int objective, Mean before, Mean after, Mean gain) {

        public String text() {
            return module.objective(objective);
        }
    }

    /**
     * @param gap       the competence gap and its rank
     * @param addressed the modules that address it, in programme order; empty when none does
     */
    public record Coverage(BorichRanking.Ranked gap, List<ModuleKey> addressed) {

        public Coverage {
            Objects.requireNonNull(gap, "gap");
            addressed = List.copyOf(addressed);
        }

        public boolean covered() {
            return !addressed.isEmpty();
        }
    }

    /**
     * @param evaluations evaluations looked at
     * @param planned     with a follow-up planned
     * @param done        with the follow-up done
     * @param applied     of the done, how many apply it (YES, PARTLY, NO; not said when absent)
     */
    public record FollowUps(int evaluations, int planned, int done, Map<Applied, Integer> applied) {

        public FollowUps {
            applied = Map.copyOf(applied);
        }
    }

    /** The reaction to each module, in the modules' order, over the evaluations of those modules. */
    public static List<Reaction> reactions(List<LearningModule> modules, Collection<ModuleEvaluation> evaluations) {
        List<Reaction> reactions = new ArrayList<>();
        for (LearningModule module : modules) {
            Mean satisfaction = Mean.NONE;
            Mean relevance = Mean.NONE;
            for (ModuleEvaluation e : evaluations) {
                if (e.module().equals(module.key())) {
                    satisfaction = e.satisfaction().map(satisfaction::plus).orElse(satisfaction);
                    relevance = e.relevance().map(relevance::plus).orElse(relevance);
                }
            }
            reactions.add(new Reaction(module, satisfaction, relevance));
        }
        return reactions;
    }

    /** The learning per objective of each module, in order, over the evaluations of those modules. */
    public static List<Gain> gains(List<LearningModule> modules, Collection<ModuleEvaluation> evaluations) {
        List<Gain> gains = new ArrayList<>();
        for (LearningModule module : modules) {
            for (int objective = 1; objective <= module.objectives().size(); objective++) {
                Mean before = Mean.NONE;
                Mean after = Mean.NONE;
                Mean gain = Mean.NONE;
                for (ModuleEvaluation e : evaluations) {
                    if (!e.module().equals(module.key())) {
                        continue;
                    }
                    for (SelfAssessment a : e.assessments()) {
                        if (a.objective() == objective) {
                            before = before.plus(a.before());
                            after = after.plus(a.after());
                            gain = gain.plus(a.gain());
                        }
                    }
                }
                gains.add(new Gain(module, objective, before, after, gain));
            }
        }
        return gains;
    }

    /** For each of the first {@value #TOP_GAPS} gaps of the ranking, the modules that address it. */
    public static List<Coverage> coverage(List<BorichRanking.Ranked> ranking, List<LearningModule> modules) {
        List<Coverage> coverage = new ArrayList<>();
        for (BorichRanking.Ranked gap : ranking.subList(0, Math.min(TOP_GAPS, ranking.size()))) {
            coverage.add(new Coverage(gap, modules.stream()
                    .filter(m -> m.addresses(gap.score().competence().key())).map(LearningModule::key).toList()));
        }
        return coverage;
    }

    /** The level-3 follow-ups of these evaluations. */
    public static FollowUps followUps(Collection<ModuleEvaluation> evaluations) {
        int planned = 0;
        int done = 0;
        Map<Applied, Integer> applied = new EnumMap<>(Applied.class);
        for (Applied a : Applied.values()) {
            applied.put(a, 0);
        }
        for (ModuleEvaluation e : evaluations) {
            planned += e.followUp().planned().isPresent() ? 1 : 0;
            if (e.followUp().isDone()) {
                done++;
                e.followUp().applied().ifPresent(a -> applied.merge(a, 1, Integer::sum));
            }
        }
        return new FollowUps(evaluations.size(), planned, done, applied);
    }

    /**
     * True when a pilot run is evaluated: at least one level-1 value (reaction) and at least one level-2 value
     * (an objective assessed before and after) are recorded for it.
     */
    public static boolean evaluated(PilotRun pilot, Collection<ModuleEvaluation> evaluations) {
        boolean reaction = false;
        boolean learning = false;
        for (ModuleEvaluation e : evaluations) {
            if (e.pilot() == pilot.number()) {
                reaction |= e.hasReaction();
                learning |= e.hasLearning();
            }
        }
        return reaction && learning;
    }
}
