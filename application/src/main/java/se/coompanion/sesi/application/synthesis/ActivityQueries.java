package se.coompanion.sesi.application.synthesis;

import java.util.Objects;
import se.coompanion.sesi.application.actor.ActorUseCases;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.actor.port.in.ShowActor;
import se.coompanion.sesi.application.competence.CompetenceUseCases;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.learning.LearningUseCases;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.needs.NeedsUseCases;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.prestudy.PreStudyUseCases;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.application.prestudy.port.in.ShowProjectFacts;
import se.coompanion.sesi.application.scan.ScanUseCases;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.seminar.SeminarUseCases;
import se.coompanion.sesi.application.seminar.port.in.ListSeminars;
import se.coompanion.sesi.application.stakeholder.StakeholderUseCases;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.statistics.StatisticsUseCases;
import se.coompanion.sesi.application.statistics.port.in.PrepareInformationMaterial;
import se.coompanion.sesi.application.survey.SurveyUseCases;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;

/**
 * The other areas' use cases the synthesis reads the evidence through: it asks each area, as a user would, and never
 * reads their out-ports or repeats their calculations.
 */
public record ActivityQueries(
        ShowProjectFacts projectFacts,
        ShowProgress progress,
        ListSources sources,
        ListFindings findings,
        ListActors actors,
        ShowActor actor,
        ShowStakeholderGrid grid,
        ShowPartnerShortlist shortlist,
        ShowNeedsCoverage needsCoverage,
        ShowNeedsAssessment needsAssessment,
        TallyNeedThemes needThemes,
        RankCompetences competenceRanking,
        ShowGapMatrix gapMatrix,
        ComputeResponseRates responseRates,
        ComputeSurveyResults surveyResults,
        PrepareInformationMaterial material,
        ListSeminars seminars,
        ShowLearningResults learningResults,
        ListPilotRuns pilotRuns,
        ListProgrammeVersions programmeVersions) {

    public ActivityQueries {
        Objects.requireNonNull(projectFacts, "projectFacts");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(shortlist, "shortlist");
        Objects.requireNonNull(needsCoverage, "needsCoverage");
        Objects.requireNonNull(needsAssessment, "needsAssessment");
        Objects.requireNonNull(needThemes, "needThemes");
        Objects.requireNonNull(competenceRanking, "competenceRanking");
        Objects.requireNonNull(gapMatrix, "gapMatrix");
        Objects.requireNonNull(responseRates, "responseRates");
        Objects.requireNonNull(surveyResults, "surveyResults");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(seminars, "seminars");
        Objects.requireNonNull(learningResults, "learningResults");
        Objects.requireNonNull(pilotRuns, "pilotRuns");
        Objects.requireNonNull(programmeVersions, "programmeVersions");
    }

    /** The queries, read from the areas' use cases. */
    public static ActivityQueries of(PreStudyUseCases preStudy, ScanUseCases scan, ActorUseCases actors,
            StakeholderUseCases stakeholders, NeedsUseCases needs, CompetenceUseCases competence,
            SurveyUseCases survey, StatisticsUseCases statistics, SeminarUseCases seminar, LearningUseCases learning) {
        return new ActivityQueries(preStudy.showProjectFacts(), preStudy.showProgress(), scan.listSources(),
                scan.listFindings(), actors.listActors(), actors.showActor(), stakeholders.showStakeholderGrid(),
                stakeholders.showPartnerShortlist(), needs.showNeedsCoverage(), needs.showNeedsAssessment(),
                needs.tallyNeedThemes(), competence.rankCompetences(), competence.showGapMatrix(),
                survey.computeResponseRates(), survey.computeSurveyResults(), statistics.prepareInformationMaterial(),
                seminar.listSeminars(), learning.showLearningResults(), learning.listPilotRuns(),
                learning.listProgrammeVersions());
    }
}
