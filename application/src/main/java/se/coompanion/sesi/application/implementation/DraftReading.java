package se.coompanion.sesi.application.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.AimView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ModuleView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PartnerView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PrincipleView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ResultView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.Sizing;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.Support;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.TargetGroupView;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.CheckFacts;
import se.coompanion.sesi.domain.implementation.DraftCheck;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.implementation.PrincipleWork;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;
import se.coompanion.sesi.domain.synthesis.ThemeConvergence;

/**
 * The draft read against the pre-study's records of today, for one request inside one transaction: each area is
 * asked once, through its use cases, and every piece of evidence the draft cites is resolved once (the
 * recommendations' evidence as the synthesis lists it, the rest in one request to the synthesis). From that it makes
 * the facts the check needs and the read model a document is written from.
 */
final class DraftReading {

    private final ImplementationQueries areas;
    private final ImplementationDraft draft;
    private PreStudy preStudy;
    private List<ListRecommendations.Listed> recommendations;
    private ImmutableMap<Integer, RecordedRecommendation> byNumber;
    private Map<String, ResolvedEvidence> resolved;
    private ImmutableMap<ActorKey, Actor> actors;
    private List<Programme> programmes;
    private List<ThemeTally> tallies;
    private RankCompetences.Result ranking;
    private PrepareFinalReport.Horizontal horizontal;
    private Sizing sizing;

    DraftReading(ImplementationQueries areas, ImplementationDraft draft) {
        this.areas = areas;
        this.draft = draft;
    }

    PreStudy preStudy() {
        if (preStudy == null) {
            preStudy = areas.projectFacts().show();
        }
        return preStudy;
    }

    List<ListRecommendations.Listed> recommendations() {
        if (recommendations == null) {
            recommendations = areas.recommendations().list();
        }
        return recommendations;
    }

    ImmutableMap<Integer, RecordedRecommendation> byNumber() {
        if (byNumber == null) {
            byNumber = recommendations().stream().map(ListRecommendations.Listed::recommendation)
                    .collect(ImmutableMap.toImmutableMap(RecordedRecommendation::number, Function.identity()));
        }
        return byNumber;
    }

    /** Every piece of evidence the draft cites (and its recommendations cite), by code, resolved today. */
    Map<String, ResolvedEvidence> resolved() {
        if (resolved == null) {
            resolved = new LinkedHashMap<>();
            recommendations().forEach(l -> l.evidence().forEach(e -> resolved.put(e.reference().code(), e)));
            Map<String, EvidenceReference> wanted = new LinkedHashMap<>();
            for (EvidenceReference reference : cited()) {
                if (!resolved.containsKey(reference.code())) {
                    wanted.putIfAbsent(reference.code(), reference);
                }
            }
            List<EvidenceReference> asked = List.copyOf(wanted.values());
            if (!asked.isEmpty()) {
                List<ResolvedEvidence> answers = areas.evidence().resolve(asked);
                for (int i = 0; i < asked.size(); i++) {
                    resolved.put(asked.get(i).code(), answers.get(i));
                }
            }
        }
        return resolved;
    }

    private List<EvidenceReference> cited() {
        List<EvidenceReference> cited = new ArrayList<>();
        draft.aims().forEach(a -> cited.addAll(a.grounds().evidence()));
        draft.targetGroups().forEach(g -> cited.addAll(g.grounds().evidence()));
        for (ProjectActivity activity : draft.activities()) {
            cited.addAll(activity.grounds().evidence());
            for (ExpectedResult result : activity.results()) {
                result.indicator().baseline().filter(Baseline.Measured.class::isInstance)
                        .map(b -> ((Baseline.Measured) b).evidence()).ifPresent(cited::add);
            }
        }
        draft.partners().forEach(p -> cited.add(partnerReference(p)));
        return cited;
    }

    private static EvidenceReference partnerReference(ProjectPartner partner) {
        return new EvidenceReference.PartnerCandidate(new ActorReference.ByKey(partner.actor()));
    }

    private ResolvedEvidence evidence(EvidenceReference reference) {
        return resolved().computeIfAbsent(reference.code(), c -> areas.evidence().resolve(List.of(reference)).get(0));
    }

    ImmutableMap<ActorKey, Actor> actors() {
        if (actors == null) {
            actors = areas.actors().list(ListActors.Query.ALL).stream().map(ListActors.Listed::actor)
                    .collect(ImmutableMap.toImmutableMap(Actor::key, Function.identity()));
        }
        return actors;
    }

    List<Programme> programmes() {
        if (programmes == null) {
            programmes = areas.programmeVersions().list().stream().map(ListProgrammeVersions.Listed::programme)
                    .toList();
        }
        return programmes;
    }

    /** Every module of every version, with the competences it addresses. */
    ImmutableMap<ModuleRef, ImmutableSet<CompetenceKey>> modules() {
        Map<ModuleRef, ImmutableSet<CompetenceKey>> modules = new LinkedHashMap<>();
        for (Programme programme : programmes()) {
            programme.modules().forEach(m -> modules.put(new ModuleRef(programme.number(), m.key()),
                    ImmutableSet.copyOf(m.competences())));
        }
        return ImmutableMap.copyOf(modules);
    }

    private Optional<LearningModule> module(ModuleRef ref) {
        return programmes().stream().filter(p -> p.number() == ref.version()).findFirst()
                .flatMap(p -> p.module(ref.module()));
    }

    /** The prioritised needs: the themes raised with priority high, in the order of the needs analysis. */
    List<ThemeTally> prioritised() {
        if (tallies == null) {
            tallies = areas.needThemes().tally(new TallyNeedThemes.Query(false)).tallies().stream()
                    .filter(t -> t.county().isEmpty() && t.high() > 0).sorted(ThemeTally.RANKING).toList();
        }
        return tallies;
    }

    RankCompetences.Result ranking() {
        if (ranking == null) {
            ranking = areas.competenceRanking().rank();
        }
        return ranking;
    }

    /** The five largest competence gaps (as the cross-analysis and the learning programme's coverage take them). */
    List<BorichRanking.Ranked> topGaps() {
        List<BorichRanking.Ranked> all = ranking().ranking();
        return all.subList(0, Math.min(ThemeConvergence.TOP_GAPS, all.size()));
    }

    PrepareFinalReport.Horizontal horizontal() {
        if (horizontal == null) {
            horizontal = areas.horizontal().show();
        }
        return horizontal;
    }

    Sizing sizing() {
        if (sizing == null) {
            DispositionCounts counts;
            try {
                counts = areas.responseRates().compute(new ComputeResponseRates.Query(
                        ComputeResponseRates.Grouping.NONE)).groups().get(0).counts();
            } catch (NotFoundException noSurvey) {
                counts = DispositionCounts.NONE;
            }
            NeedsCoverage coverage = areas.needsCoverage().show().coverage();
            sizing = new Sizing(counts.total(), counts.complete() + counts.partial(),
                    counts.total() == 0 ? OptionalDouble.empty() : counts.rr2(), ranking().enterprises(),
                    horizontal().targetGroups(), coverage.target().size(), coverage.reached());
        }
        return sizing;
    }

    /** What the baseline gives today. */
    BaselineValue baseline(Baseline baseline) {
        if (baseline instanceof Baseline.Measured measured) {
            return BaselineValue.of(baseline, evidence(measured.evidence()));
        }
        return BaselineValue.of(baseline, null);
    }

    /** What the check needs to know of the records. */
    CheckFacts facts() {
        Map<String, Message> unresolved = new LinkedHashMap<>();
        resolved().forEach((code, r) -> r.problem().ifPresent(p -> unresolved.put(code, p)));
        Map<String, Message> baselines = new LinkedHashMap<>();
        for (ProjectActivity activity : draft.activities()) {
            for (ExpectedResult result : activity.results()) {
                Optional<Baseline> baseline = result.indicator().baseline();
                if (baseline.isPresent() && baseline.get() instanceof Baseline.Measured measured) {
                    baseline(measured).problem().ifPresent(p -> baselines.put(measured.code(), p));
                }
            }
        }
        ImmutableSet<TargetGroupKind> sized = java.util.Arrays.stream(TargetGroupKind.values())
                .filter(sizing()::sizes).collect(ImmutableSet.toImmutableSet());
        return new CheckFacts(byNumber(), ImmutableMap.copyOf(unresolved), sized, ImmutableList.copyOf(prioritised()),
                ImmutableList.copyOf(topGaps()), modules(), preStudy().targetMunicipalities(), actors(),
                ImmutableMap.copyOf(baselines));
    }

    List<Gap> gaps() {
        return DraftCheck.of(draft, facts());
    }

    /** The whole draft for a document. */
    DraftView view(LocalDate producedOn) {
        Map<String, ResolvedEvidence> annex = new LinkedHashMap<>();
        List<AimView> aims = draft.aims().stream().map(a -> new AimView(a, support(a.grounds(), annex))).toList();
        List<TargetGroupView> groups = draft.targetGroups().stream().map(g -> new TargetGroupView(g,
                sizing().sizes(g.kind()), support(g.grounds(), annex))).toList();
        List<ActivityView> activities = draft.activities().stream().map(a -> activity(a, annex)).toList();
        List<PartnerView> partners = draft.partners().stream().map(p -> new PartnerView(p,
                Optional.ofNullable(actors().get(p.actor())), cite(partnerReference(p), annex))).toList();
        List<PrincipleView> principles = draft.principles().stream().map(this::principle).toList();
        return new DraftView(preStudy(), draft, producedOn, recommendations(), sizing(), aims, groups, activities,
                partners, draft.risks(), principles, gaps(), List.copyOf(annex.values()));
    }

    private Support support(Grounds grounds, Map<String, ResolvedEvidence> annex) {
        List<ListRecommendations.Listed> cited = recommendations().stream()
                .filter(l -> grounds.recommendations().contains(l.recommendation().number())).toList();
        return new Support(cited, grounds.allEvidence(byNumber()).stream().map(r -> cite(r, annex)).toList());
    }

    private ResolvedEvidence cite(EvidenceReference reference, Map<String, ResolvedEvidence> annex) {
        ResolvedEvidence found = evidence(reference);
        annex.putIfAbsent(reference.code(), found);
        return found;
    }

    private ActivityView activity(ProjectActivity activity, Map<String, ResolvedEvidence> annex) {
        Support support = support(activity.grounds(), annex);
        List<ResultView> results = new ArrayList<>();
        for (ExpectedResult result : activity.results()) {
            Optional<Baseline> baseline = result.indicator().baseline();
            if (baseline.isEmpty()) {
                results.add(new ResultView(result, Optional.empty(), Optional.empty(), Optional.empty()));
                continue;
            }
            if (baseline.get() instanceof Baseline.Measured measured) {
                cite(measured.evidence(), annex);
            }
            BaselineValue value = baseline(baseline.get());
            results.add(new ResultView(result, value.value(), value.evidence(), value.problem()));
        }
        List<ModuleView> modules = activity.modules().stream().map(m -> new ModuleView(m, module(m))).toList();
        return new ActivityView(activity, support, modules, results,
                prioritised().stream().map(ThemeTally::theme)
                        .filter(t -> DraftCheck.answers(activity, t, byNumber())).toList(),
                topGaps().stream().filter(g -> DraftCheck.answers(activity, g.score().competence().key(),
                        byNumber(), modules())).map(g -> g.score().competence()).toList(),
                draft.live(activity.id()).map(ProjectActivity::id));
    }

    private PrincipleView principle(PrincipleWork work) {
        List<ActivityId> answeredBy = work.activities().stream().map(draft::live).flatMap(Optional::stream)
                .map(ProjectActivity::id).distinct().sorted().collect(Collectors.toList());
        PrepareFinalReport.Horizontal findings = horizontal();
        return new PrincipleView(work, answeredBy, findings.people(),
                work.principle() == HorizontalPrinciple.NON_DISCRIMINATION ? findings.targetGroups() : List.of(),
                work.principle() == HorizontalPrinciple.ACCESSIBILITY ? findings.accessibility() : List.of());
    }
}
