package se.coompanion.sesi.application.synthesis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.application.synthesis.port.in.ShowHorizontalFindings;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.PeopleGroup;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * Gathers the final report's content in one read transaction: every activity's results through its own use cases,
 * the cross-analysis and the recommendations with their evidence (one {@link EvidenceRecords} for all of it, so that
 * each area is asked once).
 */
public final class FinalReportService implements PrepareFinalReport, ShowHorizontalFindings {

    private final SynthesisService synthesis;
    private final ActivityQueries areas;
    private final Transactions transactions;
    private final Clock clock;

    public FinalReportService(SynthesisService synthesis, ActivityQueries areas, Transactions transactions,
            Clock clock) {
        this.synthesis = Objects.requireNonNull(synthesis);
        this.areas = Objects.requireNonNull(areas);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public FinalReport prepare() {
        return transactions.inTransaction(() -> {
            EvidenceRecords records = new EvidenceRecords(areas);
            PreStudy preStudy = records.preStudy();
            List<ListRecommendations.Listed> recommendations = synthesis.list(records);
            ShowCrossAnalysis.Result cross = synthesis.analyse(records);
            List<NeedsAssessment> assessments = records.assessments();
            Learning learning = new Learning(areas.programmeVersions().list(), areas.pilotRuns().list(),
                    records.learning(Optional.empty()));
            return new FinalReport(preStudy, areas.progress().show().activities(),
                    LocalDate.ofInstant(clock.instant(), clock.getZone()),
                    new Scan(areas.sources().sources(Optional.empty()), records.findings()),
                    new Stakeholders(areas.grid().grid(), records.shortlist()),
                    new Needs(records.coverage().coverage(),
                            areas.needThemes().tally(new TallyNeedThemes.Query(false)).tallies(), assessments),
                    new Competence(records.ranking(), areas.gapMatrix().matrix()),
                    survey(records, cross, recommendations), records.seminars(), material(), learning,
                    cross, horizontal(preStudy, assessments, records.seminars(), learning), recommendations);
        });
    }

    @Override
    public Horizontal show() {
        return transactions.inTransaction(() -> {
            EvidenceRecords records = new EvidenceRecords(areas);
            PreStudy preStudy = records.preStudy();
            Learning learning = new Learning(areas.programmeVersions().list(), areas.pilotRuns().list(),
                    records.learning(Optional.empty()));
            return horizontal(preStudy, records.assessments(), records.seminars(), learning);
        });
    }

    /** The survey's rates and key tables; empty while no questionnaire is loaded. */
    private Optional<Survey> survey(EvidenceRecords records, ShowCrossAnalysis.Result cross,
            List<ListRecommendations.Listed> recommendations) {
        Optional<ComputeSurveyResults.Result> loaded = records.survey(ResultGrouping.NONE);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        ComputeSurveyResults.Result all = loaded.get();
        Set<String> variables = new LinkedHashSet<>(cross.links().variables());
        for (ListRecommendations.Listed listed : recommendations) {
            listed.recommendation().recommendation().evidence().stream()
                    .filter(EvidenceReference.SurveyTable.class::isInstance)
                    .map(r -> ((EvidenceReference.SurveyTable) r).variable()).forEach(variables::add);
        }
        List<String> key = new ArrayList<>(variables);
        return Optional.of(new Survey(
                areas.responseRates().compute(new ComputeResponseRates.Query(ComputeResponseRates.Grouping.COUNTY)),
                areas.responseRates().compute(new ComputeResponseRates.Query(
                        ComputeResponseRates.Grouping.LEGAL_FORM)),
                all.usable(), all.heldBack(), SynthesisService.tables(all, key),
                SynthesisService.tables(records.survey(ResultGrouping.COUNTY).orElseThrow(), key)));
    }

    private Optional<InformationMaterial> material() {
        try {
            return Optional.of(areas.material().prepare());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Every count of people by gender (the needs analysis's meetings, the seminars' attendees, the pilot runs'
     * participants), the target groups of the needs, and the accessibility measures of the seminars and of the
     * learning programme's latest version.
     */
    private static Horizontal horizontal(PreStudy preStudy, List<NeedsAssessment> assessments,
            List<SeminarDossier> seminars, Learning learning) {
        GenderCounts interviewed = GenderCounts.ZERO;
        for (NeedsAssessment assessment : assessments) {
            for (Meeting meeting : assessment.meetings()) {
                interviewed = interviewed.plus(meeting.participants());
            }
        }
        GenderCounts attendees = GenderCounts.ZERO;
        List<AccessibilityMeasure> accessibility = new ArrayList<>();
        for (SeminarDossier dossier : seminars) {
            attendees = attendees.plus(dossier.attendees());
            dossier.seminar().facts().accessibility().forEach(m -> accessibility.add(new AccessibilityMeasure(
                    dossier.seminar().facts().title(), m)));
        }
        GenderCounts participants = GenderCounts.ZERO;
        for (ListPilotRuns.Listed pilot : learning.pilots()) {
            participants = participants.plus(pilot.run().participants());
        }
        learning.results().latest().ifPresent(p -> p.modules().forEach(m -> m.adaptations().forEach(a ->
                accessibility.add(new AccessibilityMeasure(m.key() + " " + m.title(), a)))));
        return new Horizontal(List.of(new PeopleCount(PeopleGroup.NEEDS_PARTICIPANTS, interviewed),
                new PeopleCount(PeopleGroup.SEMINAR_ATTENDEES, attendees),
                new PeopleCount(PeopleGroup.PILOT_PARTICIPANTS, participants)),
                TargetGroupTally.of(preStudy.targetMunicipalities(), assessments), accessibility);
    }
}
