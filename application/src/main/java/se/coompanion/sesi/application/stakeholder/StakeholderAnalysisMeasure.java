package se.coompanion.sesi.application.stakeholder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.AssessmentHistory;
import se.coompanion.sesi.domain.stakeholder.PartnerShortlist;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * The stakeholder analysis's progress (target: every relevant actor assessed, and a partner shortlist). The
 * relevant actors are every actor in the register except the project owner itself (matched by its
 * organisationsnummer): the register is where the team puts the actors it finds relevant. The actual count is the
 * relevant actors with at least one assessment; the activity is done only when, besides, the shortlist is not
 * empty. Details: assessed actors, of how many, and the shortlist's size.
 */
public final class StakeholderAnalysisMeasure implements ActivityMeasure {

    private final Actors actors;
    private final StakeholderAssessments assessments;

    public StakeholderAnalysisMeasure(Actors actors, StakeholderAssessments assessments) {
        this.actors = Objects.requireNonNull(actors);
        this.assessments = Objects.requireNonNull(assessments);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.STAKEHOLDER_ANALYSIS;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        List<Actor> relevant = actors.all().stream()
                .filter(a -> !a.number().map(preStudy.facts().ownerOrgNumber()::equals).orElse(false))
                .toList();
        ImmutableMap<ActorKey, StakeholderAssessment> current = AssessmentHistory.current(assessments.all());
        int assessed = (int) relevant.stream().filter(a -> current.containsKey(a.key())).count();
        int shortlist = PartnerShortlist.of(current.values()).size();
        OptionalInt population = relevant.isEmpty() ? OptionalInt.empty() : OptionalInt.of(relevant.size());
        return new Measurement(assessed, population, !current.isEmpty(), shortlist > 0, ImmutableList.of(
                Message.of(StakeholderAnalysisMeasure.class, "progress.assessed", assessed, relevant.size()),
                Message.of(StakeholderAnalysisMeasure.class, "progress.shortlist", shortlist)));
    }
}
