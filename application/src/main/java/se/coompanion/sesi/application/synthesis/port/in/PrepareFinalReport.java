package se.coompanion.sesi.application.synthesis.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.PeopleGroup;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * The content of the final report (slutrapport, domain.md "Synthesis and the final report"), gathered from every
 * activity's use cases in one read: the project facts, the progress of each activity (the same computation as
 * {@code sesi status}), the key results of each activity, the horizontal principles with every count of people by
 * gender, the partner shortlist, the cross-analysis, and the recommendations with their evidence. A part whose
 * activity has recorded nothing is empty, and the report says so. A {@code NotFoundException} without a pre-study.
 */
public interface PrepareFinalReport {

    FinalReport prepare();

    /**
     * @param preStudy        the pre-study and its facts
     * @param progress        each activity's target, result and status, in plan order
     * @param producedOn      the day the report is made
     * @param scan            the environmental scan
     * @param stakeholders    the stakeholder analysis
     * @param needs           the needs analysis
     * @param competence      the competence mapping
     * @param survey          the postal survey; empty when no questionnaire is loaded
     * @param seminars        every analysis seminar with what is documented about it
     * @param material        the information material's content; empty without figures for Sweden or the region
     * @param learning        the learning programme: its versions, pilot runs and results
     * @param cross           the cross-analysis
     * @param horizontal      the horizontal principles
     * @param recommendations the recommendations with their evidence
     */
    record FinalReport(PreStudy preStudy, List<ActivityProgress> progress, LocalDate producedOn, Scan scan,
            Stakeholders stakeholders, Needs needs, Competence competence, Optional<Survey> survey,
            List<SeminarDossier> seminars, Optional<InformationMaterial> material, Learning learning,
            ShowCrossAnalysis.Result cross, Horizontal horizontal, List<ListRecommendations.Listed> recommendations) {

        public FinalReport {
            Objects.requireNonNull(preStudy, "preStudy");
            progress = List.copyOf(progress);
            Objects.requireNonNull(producedOn, "producedOn");
            Objects.requireNonNull(scan, "scan");
            Objects.requireNonNull(stakeholders, "stakeholders");
            Objects.requireNonNull(needs, "needs");
            Objects.requireNonNull(competence, "competence");
            Objects.requireNonNull(survey, "survey");
            seminars = List.copyOf(seminars);
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(learning, "learning");
            Objects.requireNonNull(cross, "cross");
            Objects.requireNonNull(horizontal, "horizontal");
            recommendations = List.copyOf(recommendations);
        }
    }

    /**
     * @param sources  the sources with how many findings cite each
     * @param findings the findings with their sources
     */
    record Scan(List<ListSources.Listed> sources, List<ListFindings.Listed> findings) {

        public Scan {
            sources = List.copyOf(sources);
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param grid      every assessed actor's current assessment
     * @param shortlist the partner shortlist
     */
    record Stakeholders(List<ShowStakeholderGrid.Placed> grid, List<ShowPartnerShortlist.Ranked> shortlist) {

        public Stakeholders {
            grid = List.copyOf(grid);
            shortlist = List.copyOf(shortlist);
        }
    }

    /**
     * @param coverage    the target municipalities, done or missing
     * @param themes      the themes by the number of municipalities that raised them
     * @param assessments every assessment, in municipality code order
     */
    record Needs(NeedsCoverage coverage, List<ThemeTally> themes, List<NeedsAssessment> assessments) {

        public Needs {
            Objects.requireNonNull(coverage, "coverage");
            themes = List.copyOf(themes);
            assessments = List.copyOf(assessments);
        }
    }

    /**
     * @param ranking the Borich ranking
     * @param matrix  the gap matrix
     */
    record Competence(RankCompetences.Result ranking, ShowGapMatrix.Result matrix) {

        public Competence {
            Objects.requireNonNull(ranking, "ranking");
            Objects.requireNonNull(matrix, "matrix");
        }
    }

    /**
     * @param rates             the response rates overall and by county
     * @param ratesByLegalForm  the response rates by legal form
     * @param usable            the usable returns
     * @param heldBack          the keyed forms not in the analysis
     * @param keyTables         the key results over all returns: the support-structure questions the cross-analysis
     *                          reads and the questions recommendations cite, in the questionnaire's order
     * @param keyTablesByCounty the same key tables by county
     */
    record Survey(ComputeResponseRates.Result rates, ComputeResponseRates.Result ratesByLegalForm, long usable,
            long heldBack, List<QuestionResults> keyTables, List<QuestionResults> keyTablesByCounty) {

        public Survey {
            Objects.requireNonNull(rates, "rates");
            Objects.requireNonNull(ratesByLegalForm, "ratesByLegalForm");
            keyTables = List.copyOf(keyTables);
            keyTablesByCounty = List.copyOf(keyTablesByCounty);
        }
    }

    /**
     * @param versions the programme's versions, oldest first, with their pilot runs
     * @param pilots   every pilot run with its evaluations
     * @param results  the results of the latest version with evaluated pilot runs, and the coverage of the gaps
     */
    record Learning(List<ListProgrammeVersions.Listed> versions, List<ListPilotRuns.Listed> pilots,
            ShowLearningResults.Result results) {

        public Learning {
            versions = List.copyOf(versions);
            pilots = List.copyOf(pilots);
            Objects.requireNonNull(results, "results");
        }
    }

    /**
     * @param group  who was counted
     * @param counts by gender
     */
    record PeopleCount(PeopleGroup group, GenderCounts counts) {

        public PeopleCount {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * @param people       every count of people by gender
     * @param targetGroups the ESF+ target groups the needs concern
     * @param accessibility the accessibility measures recorded, each with where it was taken
     */
    record Horizontal(List<PeopleCount> people, List<TargetGroupTally> targetGroups,
            List<AccessibilityMeasure> accessibility) {

        public Horizontal {
            people = List.copyOf(people);
            targetGroups = List.copyOf(targetGroups);
            accessibility = List.copyOf(accessibility);
        }
    }

    /**
     * @param where   the seminar or module it was taken for
     * @param measure the measure
     */
    record AccessibilityMeasure(String where, String measure) {

        public AccessibilityMeasure {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(measure, "measure");
        }
    }
}
