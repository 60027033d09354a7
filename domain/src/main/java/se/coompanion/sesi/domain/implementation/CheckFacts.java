package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * What the pre-study's records say today, as the check of a draft needs it: gathered by the application from the
 * other areas, so that the check itself is a calculation.
 *
 * @param recommendations the synthesis's recommendations by number
 * @param unresolved      every cited piece of evidence that does not resolve, by its code, with why
 * @param sized           the target groups the records size (the survey's population, the needs by ESF+ target
 *                        group, the region's assessed municipalities)
 * @param prioritised     the prioritised needs: the themes some municipality of the region raised with priority high,
 *                        in the order of the needs analysis
 * @param topGaps         the five largest competence gaps of the Borich ranking
 * @param modules         every module of every version of the learning programme, with the competences it addresses
 * @param region          the municipalities of the pre-study's region
 * @param actors          the actor register by key
 * @param baselines       every measured baseline of the draft that gives no value, by its code, with why
 */
public record CheckFacts(ImmutableMap<Integer, RecordedRecommendation> recommendations,
        ImmutableMap<String, Message> unresolved, ImmutableSet<TargetGroupKind> sized,
        ImmutableList<ThemeTally> prioritised, ImmutableList<BorichRanking.Ranked> topGaps,
        ImmutableMap<ModuleRef, ImmutableSet<CompetenceKey>> modules, ImmutableList<Municipality> region,
        ImmutableMap<ActorKey, Actor> actors, ImmutableMap<String, Message> baselines) {

    public CheckFacts {
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(unresolved, "unresolved");
        Objects.requireNonNull(sized, "sized");
        Objects.requireNonNull(prioritised, "prioritised");
        Objects.requireNonNull(topGaps, "topGaps");
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(baselines, "baselines");
    }
}
