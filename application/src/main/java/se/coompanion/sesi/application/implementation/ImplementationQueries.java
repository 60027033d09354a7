package se.coompanion.sesi.application.implementation;

import java.util.Objects;
import se.coompanion.sesi.application.actor.ActorUseCases;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.actor.port.in.ShowActor;
import se.coompanion.sesi.application.competence.CompetenceUseCases;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.learning.LearningUseCases;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.needs.NeedsUseCases;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.prestudy.PreStudyUseCases;
import se.coompanion.sesi.application.prestudy.port.in.ShowProjectFacts;
import se.coompanion.sesi.application.stakeholder.StakeholderUseCases;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.survey.SurveyUseCases;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.synthesis.SynthesisUseCases;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.ResolveEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ShowHorizontalFindings;

/**
 * The other areas' use cases the implementation draft reads the pre-study through: it asks each area, as a user
 * would, and never reads their out-ports or repeats their calculations. Evidence is resolved by the synthesis, with
 * the rules of a recommendation's evidence.
 */
public record ImplementationQueries(
        ShowProjectFacts projectFacts,
        ListRecommendations recommendations,
        ResolveEvidence evidence,
        ShowPartnerShortlist shortlist,
        ListActors actors,
        ShowActor actor,
        TallyNeedThemes needThemes,
        ShowNeedsCoverage needsCoverage,
        RankCompetences competenceRanking,
        ListProgrammeVersions programmeVersions,
        ComputeResponseRates responseRates,
        ShowHorizontalFindings horizontal) {

    public ImplementationQueries {
        Objects.requireNonNull(projectFacts, "projectFacts");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(shortlist, "shortlist");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(needThemes, "needThemes");
        Objects.requireNonNull(needsCoverage, "needsCoverage");
        Objects.requireNonNull(competenceRanking, "competenceRanking");
        Objects.requireNonNull(programmeVersions, "programmeVersions");
        Objects.requireNonNull(responseRates, "responseRates");
        Objects.requireNonNull(horizontal, "horizontal");
    }

    /** The queries, read from the areas' use cases. */
    public static ImplementationQueries of(PreStudyUseCases preStudy, SynthesisUseCases synthesis,
            StakeholderUseCases stakeholders, ActorUseCases actors, NeedsUseCases needs, CompetenceUseCases competence,
            LearningUseCases learning, SurveyUseCases survey) {
        return new ImplementationQueries(preStudy.showProjectFacts(), synthesis.listRecommendations(),
                synthesis.resolveEvidence(), stakeholders.showPartnerShortlist(), actors.listActors(),
                actors.showActor(), needs.tallyNeedThemes(), needs.showNeedsCoverage(), competence.rankCompetences(),
                learning.listProgrammeVersions(), survey.computeResponseRates(), synthesis.showHorizontalFindings());
    }
}
