package se.coompanion.sesi.application.synthesis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.synthesis.port.in.ResolveEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.application.synthesis.port.out.Recommendations;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.NeedsLearningCoverage;
import se.coompanion.sesi.domain.synthesis.PartnerCoverage;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;
import se.coompanion.sesi.domain.synthesis.ThemeConvergence;
import se.coompanion.sesi.domain.synthesis.ThemeLinks;

/**
 * The synthesis: recommendations for the implementation project, each traced to its evidence, and the
 * cross-analysis of the activities' results. Every figure is read through the other areas' use cases
 * ({@link ActivityQueries}); the synthesis only lines them up.
 */
public final class SynthesisService implements RecordRecommendation, ListRecommendations, ShowCrossAnalysis,
        ResolveEvidence {

    private final Recommendations recommendations;
    private final ActivityQueries areas;
    private final ThemeLinks links;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public SynthesisService(Recommendations recommendations, ActivityQueries areas, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.recommendations = Objects.requireNonNull(recommendations);
        this.areas = Objects.requireNonNull(areas);
        this.links = ThemeLinks.STANDARD;
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RecordRecommendation.Result record(RecordRecommendation.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Priority priority = fields.required("priority", command.priority(), Priority::parse);
        List<EvidenceReference> cited = fields.each("evidence", command.evidence(), EvidenceReference::parse);
        Recommendation written = fields.ok() ? fields.build("", "", () -> Recommendation.of(command.statement(),
                priority, Optional.ofNullable(command.rationale()), cited)) : null;
        fields.check();
        return transactions.inTransaction(() -> {
            EvidenceRecords records = new EvidenceRecords(areas);
            records.preStudy();
            List<Evidence> evidence = new ArrayList<>();
            List<Message> problems = new ArrayList<>();
            for (EvidenceReference reference : written.evidence()) {
                try {
                    evidence.add(records.resolve(reference));
                } catch (NotFoundException e) {
                    problems.add(Message.of(SynthesisService.class, "evidence.problem", reference.code(), e.text()));
                }
            }
            if (!problems.isEmpty()) {
                throw new NotFoundException(Message.of(SynthesisService.class, "evidence.notFound",
                        problems.size(), lines(problems)));
            }
            Recommendation canonical = Recommendation.of(written.statement(), written.priority(),
                    written.rationale(), evidence.stream().map(Evidence::reference).toList());
            return new RecordRecommendation.Result(recommendations.add(canonical, clock.instant()), evidence);
        });
    }

    @Override
    public List<ListRecommendations.Listed> list() {
        return transactions.inTransaction(() -> list(new EvidenceRecords(areas)));
    }

    List<ListRecommendations.Listed> list(EvidenceRecords records) {
        List<ListRecommendations.Listed> listed = new ArrayList<>();
        for (RecordedRecommendation r : recommendations.all()) {
            listed.add(new ListRecommendations.Listed(r, r.recommendation().evidence().stream()
                    .map(records::explain).toList()));
        }
        return listed;
    }

    @Override
    public List<ResolvedEvidence> resolve(List<EvidenceReference> references) {
        return transactions.inTransaction(() -> {
            EvidenceRecords records = new EvidenceRecords(areas);
            return references.stream().map(records::explain).toList();
        });
    }

    @Override
    public ShowCrossAnalysis.Result analyse() {
        return transactions.inTransaction(() -> analyse(new EvidenceRecords(areas)));
    }

    ShowCrossAnalysis.Result analyse(EvidenceRecords records) {
        PreStudy preStudy = records.preStudy();
        List<ThemeTally> tallies = areas.needThemes().tally(new TallyNeedThemes.Query(false)).tallies();
        List<QuestionResults> survey = records.survey(ResultGrouping.NONE).map(ComputeSurveyResults.Result::tables)
                .orElse(List.of());
        Map<SurveyIndicator, SurveyIndicator.Measured> measured = new HashMap<>();
        for (List<SurveyIndicator> indicators : links.answers().values()) {
            for (SurveyIndicator indicator : indicators) {
                survey.stream().filter(t -> t.question().variable().equals(indicator.variable()))
                        .findFirst().flatMap(indicator::measure)
                        .ifPresent(m -> measured.put(indicator, m));
            }
        }
        ThemeConvergence themes = ThemeConvergence.of(tallies, records.ranking().ranking(), measured, links);
        ShowLearningResults.Result learning = records.learning(Optional.empty());
        List<NeedsLearningCoverage.Module> modules = learning.latest().map(p -> p.modules().stream()
                .map(m -> new NeedsLearningCoverage.Module(m.key().value(), m.title(), m.competences())).toList())
                .orElse(List.of());
        NeedsLearningCoverage needs = NeedsLearningCoverage.of(tallies, modules, links);
        Map<ActorKey, StakeholderAssessment> current = new HashMap<>();
        for (ShowStakeholderGrid.Placed placed : areas.grid().grid()) {
            current.put(placed.actor().key(), placed.assessment());
        }
        PartnerCoverage partners = PartnerCoverage.of(preStudy.targetMunicipalities(),
                areas.actors().list(ListActors.Query.ALL).stream().map(ListActors.Listed::actor).toList(), current,
                preStudy.facts().ownerOrgNumber());
        return new ShowCrossAnalysis.Result(links, records.ranking().framework(), themes, needs, modules,
                learning.coverage(), partners);
    }

    /** The survey's results tables of the variables, over all returns, in the questionnaire's order. */
    static List<QuestionResults> tables(ComputeSurveyResults.Result results, List<String> variables) {
        return results.tables().stream().filter(t -> variables.contains(t.question().variable())).toList();
    }

    /** Problems one per line, in one message. */
    static Message lines(List<Message> messages) {
        Message joined = messages.get(0);
        for (int i = 1; i < messages.size(); i++) {
            joined = Message.of(SynthesisService.class, "lines", joined, messages.get(i));
        }
        return joined;
    }
}
