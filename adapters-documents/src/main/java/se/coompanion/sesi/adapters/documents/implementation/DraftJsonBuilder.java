package se.coompanion.sesi.adapters.documents.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.AimView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PartnerView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PrincipleView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ResultView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.Sizing;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.Support;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.TargetGroupView;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * Builds the JSON form of the application draft ({@link DraftJson}) from the draft as {@code ShowImplementationDraft}
 * shows it: the same content as the document ({@link DraftDocumentBuilder}, whose sentences it uses for the labels),
 * with codes, numbers and dates as themselves, and every claim's evidence as the numbers of annex A.
 */
final class DraftJsonBuilder {

    private final DraftView view;
    private final Locale locale;
    private final DraftDocumentBuilder words;
    private final EvidenceText evidenceText;
    /** The claims by their codes ({@code aim:1}, {@code activity:A2} ...) and the annex numbers they cite. */
    private final Citations<String> citations;

    DraftJsonBuilder(DraftView view, Locale locale) {
        this.view = view;
        this.locale = locale;
        this.words = new DraftDocumentBuilder(view, locale);
        this.evidenceText = new EvidenceText(locale);
        this.citations = new Citations<>(view);
    }

    DraftJson build() {
        ProjectFacts facts = view.preStudy().facts();
        // the claims first, so that the annex knows what cites each piece
        DraftJson.Problem problem = problem();
        DraftJson.TargetGroups groups = targetGroups();
        DraftJson.Aims aims = aims();
        DraftJson.ProjectLogic logic = logic();
        DraftJson.Partners partners = partners();
        return new DraftJson(DraftJson.SCHEMA_VERSION, "APPLICATION_DRAFT", text("draft.kind"), locale.getLanguage(),
                view.producedOn().toString(), new DraftJson.PreStudy(facts.caseNumber().value(), facts.name(),
                        facts.ownerName(), facts.ownerOrgNumber().toString(), facts.period().start().toString(),
                        facts.period().end().toString()), view.draft().title(), view.gaps().size(),
                view.gaps().isEmpty() ? text("draft.complete") : text("draft.open", view.gaps().size()),
                DraftJson.SECTIONS, problem, groups, aims, logic, indicators(), principles(), partners, risks(),
                part("spreading"), part("organisation"), part("budget"), annex(), openPoints());
    }

    // ---------------------------------------------------------------- the form's sections

    private DraftJson.Problem problem() {
        Set<Integer> cited = DraftDocumentBuilder.citedRecommendations(view);
        List<DraftJson.Recommendation> recommendations = new ArrayList<>();
        for (ListRecommendations.Listed listed : view.recommendations()) {
            if (cited.contains(listed.recommendation().number())) {
                var recommendation = listed.recommendation().recommendation();
                recommendations.add(new DraftJson.Recommendation(listed.recommendation().number(),
                        recommendation.priority().name(), text(recommendation.priority().title()),
                        recommendation.statement(), numbers(listed.evidence(), null)));
            }
        }
        return new DraftJson.Problem(text("section.problem"), view.recommendations().size(), recommendations,
                text("problem.toWrite"));
    }

    private DraftJson.TargetGroups targetGroups() {
        Sizing s = view.sizing();
        DraftJson.Sizing sizing = new DraftJson.Sizing(s.surveyed(), s.returned(), s.responseRate().isPresent()
                ? BigDecimal.valueOf(s.responseRate().getAsDouble()).setScale(4, RoundingMode.HALF_UP)
                        .stripTrailingZeros() : null, s.enterprises(), s.municipalities(), s.assessed(),
                tallies(s.targetGroups()));
        List<DraftJson.TargetGroup> groups = new ArrayList<>();
        for (TargetGroupView group : view.targetGroups()) {
            String code = group.group().kind().name();
            groups.add(new DraftJson.TargetGroup(code, text(group.group().kind().title()), group.group().description(),
                    group.sized(), words.size(group), recommendations(group.support()),
                    numbers(group.support().evidence(), "group:" + code)));
        }
        return new DraftJson.TargetGroups(text("section.groups"), sizing, groups, null);
    }

    private List<DraftJson.Tally> tallies(List<TargetGroupTally> tallies) {
        return tallies.stream().map(t -> new DraftJson.Tally(t.group().name(), text(t.group().title()), t.needs(),
                t.municipalities())).toList();
    }

    private DraftJson.Aims aims() {
        List<DraftJson.Aim> aims = new ArrayList<>();
        for (AimView aim : view.aims()) {
            aims.add(new DraftJson.Aim(aim.aim().number(), aim.aim().text(), recommendations(aim.support()),
                    numbers(aim.support().evidence(), "aim:" + aim.aim().number())));
        }
        return new DraftJson.Aims(text("section.aims"), aims, null);
    }

    private DraftJson.ProjectLogic logic() {
        List<DraftJson.Activity> live = new ArrayList<>();
        List<DraftJson.OtherActivity> others = new ArrayList<>();
        for (ActivityView activity : view.activities()) {
            ProjectActivity a = activity.activity();
            String id = a.id().toString();
            List<Integer> evidence = numbers(activity.support().evidence(), "activity:" + id);
            if (a.isLive()) {
                live.add(new DraftJson.Activity(id, a.status().name(), text(a.status().title()), a.title(),
                        a.description().orElse(null), recommendations(activity.support()), evidence,
                        activity.modules().stream().map(m -> new DraftJson.Module(m.ref().toString(),
                                m.module().map(x -> x.title()).orElse(null), m.module().isPresent())).toList(),
                        activity.needs().stream().map(t -> new DraftJson.Coded(t.code(), text(t.title()))).toList(),
                        activity.competences().stream().map(c -> new DraftJson.Coded(c.key().value(),
                                c.name(locale))).toList(),
                        activity.results().stream().map(r -> result(id, r)).toList()));
            } else {
                others.add(new DraftJson.OtherActivity(id, a.status().name(), text(a.status().title()), a.title(),
                        a.mergedInto().map(Object::toString).orElse(null),
                        activity.now().map(Object::toString).orElse(null), a.dropReason().orElse(null),
                        recommendations(activity.support()), evidence));
            }
        }
        return new DraftJson.ProjectLogic(text("section.logic"), live, others, null);
    }

    private DraftJson.Result result(String activity, ResultView shown) {
        ExpectedResult result = shown.result();
        String id = activity + "/" + result.number();
        Indicator indicator = result.indicator();
        DraftJson.Baseline baseline = indicator.baseline().map(b -> baseline(b, shown, id)).orElse(null);
        return new DraftJson.Result(id, activity, result.number(), result.level().name(),
                text(result.level().title()), result.description(), new DraftJson.Indicator(indicator.name(),
                        indicator.unit().name(), text(indicator.unit().title()), baseline,
                        indicator.target().map(v -> number(v, indicator.unit())).orElse(null)));
    }

    private DraftJson.Baseline baseline(Baseline baseline, ResultView result, String id) {
        BigDecimal value = result.baseline().map(v -> number(v, baseline.unit())).orElse(null);
        String problem = result.problem().map(p -> p.format(locale)).orElse(null);
        if (baseline instanceof Baseline.Stated stated) {
            return new DraftJson.Baseline("STATED", text("indicators.stated"), null, null, value,
                    stated.note().orElse(null), problem);
        }
        Baseline.Measured measured = (Baseline.Measured) baseline;
        List<Integer> evidence = result.evidence().map(e -> numbers(List.of(e), "indicator:" + id))
                .orElse(List.of());
        return new DraftJson.Baseline("MEASURED", text("indicators.measured"), measured.code(),
                evidence.isEmpty() ? null : evidence.get(0), value, null, problem);
    }

    /** A value in its unit as the documents show it: a count whole, a share or a score with two decimals at most. */
    private static BigDecimal number(BigDecimal value, IndicatorUnit unit) {
        return value.setScale(unit == IndicatorUnit.COUNT ? 0 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private DraftJson.Indicators indicators() {
        List<String> results = new ArrayList<>();
        for (ActivityView activity : view.liveActivities()) {
            activity.results().forEach(r -> results.add(activity.activity().id() + "/" + r.result().number()));
        }
        return new DraftJson.Indicators(text("section.indicators"), results, null);
    }

    private DraftJson.Principles principles() {
        List<DraftJson.Principle> principles = new ArrayList<>();
        for (PrincipleView principle : view.principles()) {
            var work = principle.work();
            principles.add(new DraftJson.Principle(work.principle().name(), text(work.principle().title()),
                    work.approach().orElse(null), work.activities().stream().map(Object::toString).toList(),
                    principle.answeredBy().stream().map(Object::toString).toList(),
                    principle.people().stream().map(p -> new DraftJson.People(p.group().name(),
                            text(p.group().title()), p.counts().women(), p.counts().men(), p.counts().nonBinary(),
                            p.counts().notStated(), p.counts().total())).toList(),
                    tallies(principle.targetGroups()), principle.accessibility().stream()
                            .map(m -> new DraftJson.Measure(m.where(), m.measure())).toList()));
        }
        return new DraftJson.Principles(text("section.principles"), principles, null);
    }

    private DraftJson.Partners partners() {
        List<DraftJson.Partner> partners = new ArrayList<>();
        for (PartnerView partner : view.partners()) {
            var p = partner.partner();
            String key = p.actor().value();
            partners.add(new DraftJson.Partner(key, partner.actor().map(a -> a.name()).orElse(null),
                    partner.actor().flatMap(a -> a.number()).map(Object::toString).orElse(null),
                    partner.actor().flatMap(a -> a.municipality()).map(m -> new DraftJson.Municipality(m.code(), m.name()))
                            .orElse(null),
                    p.role().name(), text(p.role().title()), p.contribution().orElse(null),
                    p.letter().map(l -> new DraftJson.Letter(l.state().name(), text(l.state().title()),
                            l.requestedOn().map(Object::toString).orElse(null),
                            l.answeredOn().map(Object::toString).orElse(null))).orElse(null),
                    words.letter(p.letter()), p.counts(), numbers(List.of(partner.shortlist()), "partner:" + key)));
        }
        return new DraftJson.Partners(text("section.partners"), partners, text("partners.toWrite"));
    }

    private DraftJson.Risks risks() {
        List<DraftJson.Risk> risks = new ArrayList<>();
        for (Risk risk : view.risks()) {
            risks.add(new DraftJson.Risk(risk.number(), risk.description(), risk.likelihood().name(),
                    text(risk.likelihood().title()), risk.impact().name(), text(risk.impact().title()), risk.score(),
                    risk.mitigation()));
        }
        return new DraftJson.Risks(text("section.risks"), risks, null);
    }

    private DraftJson.Part part(String part) {
        return new DraftJson.Part(text("section." + part), text(part + ".toWrite"));
    }

    private DraftJson.Annex annex() {
        List<DraftJson.Entry> entries = new ArrayList<>();
        for (int i = 0; i < view.annex().size(); i++) {
            ResolvedEvidence evidence = view.annex().get(i);
            int number = i + 1;
            entries.add(new DraftJson.Entry(number, evidence.reference().code(), evidence.reference().kind().name(),
                    evidenceText.kind(evidence.reference()), evidence.resolves(), words.summary(evidence),
                    evidence.evidence().map(DraftJsonBuilder::figures).orElse(null), citations.citedBy(number)));
        }
        return new DraftJson.Annex(text("section.annex"), entries, null);
    }

    /** The figures a piece of evidence shows, by name, as numbers. */
    static Map<String, Number> figures(Evidence evidence) {
        Map<String, Number> figures = new LinkedHashMap<>();
        if (evidence instanceof Evidence.Needs needs) {
            figures.put("municipalities", needs.municipalities());
            figures.put("needs", needs.needs().size());
        } else if (evidence instanceof Evidence.Finding finding) {
            figures.put("relevance", finding.finding().finding().relevance().value());
            figures.put("sources", finding.sources().size());
        } else if (evidence instanceof Evidence.SurveyTable table) {
            figures.put("returns", table.table().columns().get(0).base().returns());
            figures.put("valid", table.table().columns().get(0).base().valid());
        } else if (evidence instanceof Evidence.BorichRank rank) {
            figures.put("rank", rank.ranked().rank());
            figures.put("of", rank.of());
            figures.put("mwds", rank.ranked().score().mwds().setScale(2, RoundingMode.HALF_UP));
            figures.put("meanGap", rank.ranked().score().meanGap().setScale(2, RoundingMode.HALF_UP));
            figures.put("n", rank.ranked().score().n());
            figures.put("gapAtLeastTwo", rank.ranked().score().gapAtLeastTwo());
        } else if (evidence instanceof Evidence.SeminarOutcome outcome) {
            figures.put("relevanceMean", mean(outcome.item().relevance().mean()));
            figures.put("ratings", outcome.item().relevance().n());
        } else if (evidence instanceof Evidence.PilotResult pilot) {
            figures.put("satisfactionMean", mean(pilot.reaction().satisfaction()));
            figures.put("satisfactionN", pilot.reaction().satisfaction().n());
            figures.put("relevanceMean", mean(pilot.reaction().relevance()));
            figures.put("relevanceN", pilot.reaction().relevance().n());
            figures.put("pilots", pilot.pilots().size());
        } else if (evidence instanceof Evidence.Partner partner) {
            figures.put("rank", partner.rank());
        }
        return figures;
    }

    /** A mean with two decimals; null without values. */
    private static BigDecimal mean(Mean mean) {
        return mean.value().map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null);
    }

    private DraftJson.OpenPoints openPoints() {
        return new DraftJson.OpenPoints(text("section.open"), view.gaps().stream().map(g -> new DraftJson.Point(
                g.kind().name(), text(g.kind().title()), g.subject(), g.evidence().orElse(null),
                g.text().format(locale))).toList(), null);
    }

    // ---------------------------------------------------------------- helpers

    private static List<Integer> recommendations(Support support) {
        return support.recommendations().stream().map(l -> l.recommendation().number()).toList();
    }

    private List<Integer> numbers(List<ResolvedEvidence> evidence, String claim) {
        return citations.numbers(evidence, claim);
    }

    private String text(String key, Object... args) {
        return words.text(key, args);
    }

    private String text(Message message) {
        return message.format(locale);
    }
}
