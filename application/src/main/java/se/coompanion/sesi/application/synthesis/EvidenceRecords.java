package se.coompanion.sesi.application.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * The records of the pre-study as one request of the synthesis reads them: each area is asked once, through its
 * use cases, and what it answered is kept for the rest of the request (a report resolves dozens of references). A
 * reference resolves to the {@link Evidence} it names, or fails with a {@link NotFoundException} saying what is
 * missing. Made for one request inside one transaction, never shared.
 */
final class EvidenceRecords {

    private final ActivityQueries areas;
    private PreStudy preStudy;
    private ShowNeedsCoverage.Result coverage;
    private List<NeedsAssessment> assessments;
    private List<ListFindings.Listed> findings;
    private RankCompetences.Result ranking;
    private List<ShowPartnerShortlist.Ranked> shortlist;
    private List<SeminarDossier> seminars;
    private final Map<Optional<Integer>, ShowLearningResults.Result> learning = new HashMap<>();
    private final Map<ResultGrouping.Kind, Optional<ComputeSurveyResults.Result>> survey = new EnumMap<>(
            ResultGrouping.Kind.class);
    private NotFoundException noSurvey;

    EvidenceRecords(ActivityQueries areas) {
        this.areas = areas;
    }

    /** The pre-study; a {@link NotFoundException} when there is none. */
    PreStudy preStudy() {
        return preStudy = remembered(preStudy, areas.projectFacts()::show);
    }

    ShowNeedsCoverage.Result coverage() {
        return coverage = remembered(coverage, areas.needsCoverage()::show);
    }

    /** Every needs assessment (of the target set and outside it), in municipality code order. */
    List<NeedsAssessment> assessments() {
        if (assessments == null) {
            NeedsCoverage c = coverage().coverage();
            List<Municipality> assessed = new ArrayList<>();
            c.target().stream().filter(r -> !r.missing()).forEach(r -> assessed.add(r.municipality()));
            c.outside().forEach(r -> assessed.add(r.municipality()));
            assessments = assessed.stream().sorted()
                    .map(m -> areas.needsAssessment().show(m).assessment()).toList();
        }
        return assessments;
    }

    List<ListFindings.Listed> findings() {
        return findings = remembered(findings, () -> areas.findings().findings(Optional.empty()));
    }

    RankCompetences.Result ranking() {
        return ranking = remembered(ranking, areas.competenceRanking()::rank);
    }

    List<ShowPartnerShortlist.Ranked> shortlist() {
        return shortlist = remembered(shortlist, areas.shortlist()::shortlist);
    }

    /** Every seminar with what is documented about it, in number order. */
    List<SeminarDossier> seminars() {
        return seminars = remembered(seminars, () -> areas.seminars().list().seminars());
    }

    /** The learning programme's results of a version (empty: the latest version with evaluated pilot runs). */
    ShowLearningResults.Result learning(Optional<Integer> version) {
        return learning.computeIfAbsent(version, v -> areas.learningResults().results(v));
    }

    /**
     * Every question's results, over all returns or grouped (one query per grouping); empty while no questionnaire
     * is loaded.
     */
    Optional<ComputeSurveyResults.Result> survey(ResultGrouping by) {
        return survey.computeIfAbsent(by.kind(), k -> {
            try {
                return Optional.of(areas.surveyResults().compute(new ComputeSurveyResults.Query(Optional.empty(),
                        by)));
            } catch (NotFoundException e) {
                noSurvey = e;
                return Optional.empty();
            }
        });
    }

    /** What the reference names now, or why it names nothing. */
    ResolvedEvidence explain(EvidenceReference reference) {
        try {
            return ResolvedEvidence.of(resolve(reference));
        } catch (NotFoundException e) {
            return ResolvedEvidence.unresolved(reference, e.text());
        }
    }

    /** What the reference names. */
    Evidence resolve(EvidenceReference reference) {
        if (reference instanceof EvidenceReference.Need need) {
            return need(need);
        }
        if (reference instanceof EvidenceReference.Finding finding) {
            return finding(finding);
        }
        if (reference instanceof EvidenceReference.SurveyTable table) {
            return surveyTable(table);
        }
        if (reference instanceof EvidenceReference.BorichRank rank) {
            return borich(rank);
        }
        if (reference instanceof EvidenceReference.PartnerCandidate partner) {
            return partner(partner);
        }
        if (reference instanceof EvidenceReference.SeminarOutcome outcome) {
            return seminar(outcome);
        }
        return pilot((EvidenceReference.PilotResult) reference);
    }

    private Evidence seminar(EvidenceReference.SeminarOutcome reference) {
        List<SeminarDossier> all = seminars();
        SeminarDossier dossier;
        if (reference.seminar().isPresent()) {
            long number = reference.seminar().getAsLong();
            dossier = all.stream().filter(d -> d.seminar().id().value() == number).findFirst()
                    .orElseThrow(() -> new NotFoundException(message("evidence.seminar.none", number)));
        } else if (all.size() == 1) {
            dossier = all.get(0);
        } else {
            throw new NotFoundException(all.isEmpty() ? message("evidence.seminar.noSeminar")
                    : message("evidence.seminar.which", all.size(), reference.item()));
        }
        Seminar seminar = dossier.seminar();
        AgendaItem item = seminar.item(reference.item()).orElseThrow(() -> new NotFoundException(
                message("evidence.seminar.noItem", reference.item(), seminar.facts().title())));
        if (!item.hasOutcome()) {
            throw new NotFoundException(message("evidence.seminar.noOutcome", item.number(), item.title()));
        }
        return new Evidence.SeminarOutcome(reference.of(seminar.id().value()), seminar, item);
    }

    private Evidence pilot(EvidenceReference.PilotResult reference) {
        ShowLearningResults.Result results = learning(reference.version().isPresent()
                ? Optional.of(reference.version().getAsInt()) : Optional.empty());
        Programme programme = results.evaluated().orElseThrow(() -> new NotFoundException(
                message("evidence.pilot.noneEvaluated")));
        ModuleKey key = ModuleKey.parse(reference.module());
        LearningModule module = programme.module(key).orElseThrow(() -> new NotFoundException(
                message("evidence.pilot.noModule", key, programme.number())));
        LearningResults.Reaction reaction = results.reactions().stream().filter(r -> r.module().key().equals(key))
                .findFirst().orElseThrow();
        List<LearningResults.Gain> gains = results.gains().stream().filter(g -> g.module().key().equals(key))
                .toList();
        boolean evaluated = reaction.satisfaction().n() > 0 || reaction.relevance().n() > 0
                || gains.stream().anyMatch(g -> g.gain().n() > 0);
        if (!evaluated) {
            throw new NotFoundException(message("evidence.pilot.notEvaluated", key, programme.number()));
        }
        return new Evidence.PilotResult(reference.of(programme.number()), programme, module, reaction, gains,
                results.pilots());
    }

    private Evidence need(EvidenceReference.Need reference) {
        List<RaisedNeed> needs = new ArrayList<>();
        if (reference.municipality().isPresent()) {
            Municipality municipality = reference.municipality().get();
            areas.needsAssessment().show(municipality).assessment().needs().stream()
                    .filter(n -> n.theme().equals(reference.theme()))
                    .forEach(n -> needs.add(new RaisedNeed(municipality, n)));
            if (needs.isEmpty()) {
                throw new NotFoundException(message("evidence.need.noneIn", municipality.name(),
                        reference.theme().code()));
            }
        } else {
            PreStudy preStudy = preStudy();
            for (NeedsAssessment assessment : assessments()) {
                if (preStudy.isInRegion(assessment.municipality())) {
                    assessment.needs().stream().filter(n -> n.theme().equals(reference.theme()))
                            .forEach(n -> needs.add(new RaisedNeed(assessment.municipality(), n)));
                }
            }
            if (needs.isEmpty()) {
                throw new NotFoundException(message("evidence.need.none", reference.theme().code()));
            }
        }
        return new Evidence.Needs(reference, needs);
    }

    private Evidence finding(EvidenceReference.Finding reference) {
        return findings().stream().filter(f -> f.finding().id().equals(reference.id())).findFirst()
                .map(f -> new Evidence.Finding(reference, f.finding(), f.sources()))
                .orElseThrow(() -> new NotFoundException(message("evidence.finding.none", reference.id())));
    }

    private Evidence surveyTable(EvidenceReference.SurveyTable reference) {
        // the group is canonical: all, a county code (digits) or a legal form's code
        ResultGrouping by = reference.group().equals(EvidenceReference.SurveyTable.ALL) ? ResultGrouping.NONE
                : reference.group().matches("\\d+") ? ResultGrouping.COUNTY : ResultGrouping.LEGAL_FORM;
        ComputeSurveyResults.Result results = survey(by).orElseThrow(() -> noSurvey);
        QuestionResults table = results.tables().stream()
                .filter(t -> t.question().variable().equals(reference.variable())).findFirst()
                .orElseThrow(() -> new NotFoundException(message("evidence.survey.noVariable",
                        reference.variable())));
        QuestionResults.Column column = table.columns().stream().filter(c -> c.group().equals(reference.group()))
                .findFirst().orElseThrow(() -> new NotFoundException(message("evidence.survey.noGroup",
                        reference.group(), reference.variable(), String.join(", ", results.groups()))));
        return new Evidence.SurveyTable(reference, new QuestionResults(table.question(),
                ImmutableList.of(column)), results.usable());
    }

    private Evidence borich(EvidenceReference.BorichRank reference) {
        RankCompetences.Result result = ranking();
        if (result.framework().find(reference.competence()).isEmpty()) {
            throw new NotFoundException(message("evidence.borich.notInFramework", reference.competence()));
        }
        BorichRanking.Ranked ranked = result.ranking().stream()
                .filter(r -> r.score().competence().key().equals(reference.competence())).findFirst()
                .orElseThrow(() -> new NotFoundException(message("evidence.borich.notRated",
                        reference.competence())));
        return new Evidence.BorichRank(reference, ranked, result.ranking().size());
    }

    private Evidence partner(EvidenceReference.PartnerCandidate reference) {
        Optional<ShowPartnerShortlist.Ranked> listed = shortlist().stream()
                .filter(r -> reference.actor().names(r.actor())).findFirst();
        if (listed.isEmpty()) {
            Actor actor = areas.actor().show(reference.actor().toString()).actor();
            throw new NotFoundException(message("evidence.partner.notCandidate", actor.name(), actor.key()));
        }
        ShowPartnerShortlist.Ranked ranked = listed.get();
        return new Evidence.Partner(new EvidenceReference.PartnerCandidate(
                ActorReference.of(ranked.actor())), ranked.rank(), ranked.actor(),
                ranked.assessment());
    }

    private static <T> T remembered(T value, Supplier<T> query) {
        return value != null ? value : query.get();
    }

    static Message message(String key, Object... args) {
        return Message.of(EvidenceRecords.class, key, args);
    }
}
