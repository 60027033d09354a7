package se.coompanion.sesi.adapters.documents.implementation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.AnnexEntry;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Block;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.CellView;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Claim;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Figure;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Header;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Ref;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Row;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.Section;
import se.coompanion.sesi.adapters.documents.implementation.DraftDocumentView.TableView;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
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
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.implementation.ActivityStatus;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.GapKind;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ResultLevel;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * Builds the application draft's view from the draft as {@code ShowImplementationDraft} shows it: the sections in
 * the order of the application form, every claim with the numbers of its evidence, the evidence in words in annex A
 * with the claims that rest on it, and the check's open points in annex B.
 */
final class DraftDocumentBuilder {

    private final DraftView view;
    private final Locale locale;
    private final EvidenceText evidenceText;
    private final Citations<String> citations;

    DraftDocumentBuilder(DraftView view, Locale locale) {
        this.view = view;
        this.locale = locale;
        this.evidenceText = new EvidenceText(locale);
        this.citations = new Citations<>(view);
    }

    DraftDocumentView build() {
        List<Section> sections = new ArrayList<>();
        sections.add(problem());
        sections.add(targetGroups());
        sections.add(aims());
        sections.add(logic());
        sections.add(indicators());
        sections.add(principles());
        sections.add(partners());
        sections.add(risks());
        sections.add(toWrite("spreading"));
        sections.add(toWrite("organisation"));
        sections.add(toWrite("budget"));
        sections.add(annex());
        if (!view.gaps().isEmpty()) {
            sections.add(openPoints());
        }
        String state = view.gaps().isEmpty() ? text("draft.complete") : text("draft.open", view.gaps().size());
        return new DraftDocumentView(locale.getLanguage(), view.draft().title(), text("draft.kind"),
                text("draft.lead", view.preStudy().facts().name(), view.preStudy().facts().caseNumber(),
                        view.producedOn().toString()), state, sections,
                text("draft.footer", view.producedOn().toString()), text("draft.toWrite"));
    }

    // ---------------------------------------------------------------- the form's sections

    private Section problem() {
        List<Block> blocks = new ArrayList<>();
        Set<Integer> cited = citedRecommendations(view);
        blocks.add(Block.paragraph(Claim.of(text("problem.lead", view.recommendations().size(), cited.size()))));
        List<Claim> items = new ArrayList<>();
        for (ListRecommendations.Listed listed : view.recommendations()) {
            if (cited.contains(listed.recommendation().number())) {
                items.add(new Claim(text("problem.recommendation", listed.recommendation().number(),
                        text(listed.recommendation().recommendation().priority().title()),
                        listed.recommendation().recommendation().statement()), refs(listed.evidence(), null)));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(Block.bullets(items));
        }
        blocks.add(Block.toWrite(text("problem.toWrite")));
        return new Section("problem", text("section.problem"), blocks);
    }

    /** The numbers of the recommendations the project rests on: cited by an aim, a target group or a live activity. */
    static Set<Integer> citedRecommendations(DraftView view) {
        Set<Integer> cited = new LinkedHashSet<>();
        view.aims().forEach(a -> recommendationNumbers(a.support(), cited));
        view.targetGroups().forEach(g -> recommendationNumbers(g.support(), cited));
        view.liveActivities().forEach(a -> recommendationNumbers(a.support(), cited));
        return cited;
    }

    private static void recommendationNumbers(Support support, Set<Integer> into) {
        support.recommendations().forEach(l -> into.add(l.recommendation().number()));
    }

    private Section targetGroups() {
        List<Block> blocks = new ArrayList<>();
        for (TargetGroupView group : view.targetGroups()) {
            String name = text(group.group().kind().title());
            blocks.add(Block.subheading(name));
            blocks.add(Block.paragraph(new Claim(group.group().description(),
                    refs(group.support(), text("claim.group", name)))));
            blocks.add(Block.paragraph(Claim.of(size(group))));
        }
        return new Section("target-groups", text("section.groups"), blocks);
    }

    /** The figures that size a target group, in a sentence. */
    String size(TargetGroupView group) {
        Sizing s = view.sizing();
        return switch (group.group().kind()) {
            case ORGANISATIONS -> text("groups.ORGANISATIONS", NumberText.count(s.surveyed(), locale),
                    NumberText.count(s.returned(), locale), s.responseRate().isPresent()
                            ? NumberText.share(BigDecimal.valueOf(s.responseRate().getAsDouble()), locale) : "–",
                    s.enterprises());
            case INDIVIDUALS -> {
                String groups = tallies(s.targetGroups());
                yield groups.isEmpty() ? text("groups.INDIVIDUALS.none") : text("groups.INDIVIDUALS", groups);
            }
            case MUNICIPALITIES -> text("groups.MUNICIPALITIES", s.municipalities(), s.assessed());
        };
    }

    private String tallies(List<TargetGroupTally> tallies) {
        return tallies.stream().filter(t -> t.needs() > 0).map(t -> text("groups.tally", text(t.group().title()),
                t.needs(), t.municipalities())).collect(Collectors.joining("; "));
    }

    private Section aims() {
        List<Block> blocks = new ArrayList<>();
        if (view.aims().isEmpty()) {
            blocks.add(Block.paragraph(Claim.of(text("aims.none"))));
        } else {
            List<Claim> items = new ArrayList<>();
            for (AimView aim : view.aims()) {
                items.add(new Claim(aim.aim().number() + ". " + aim.aim().text(), refs(aim.support(),
                        text("claim.aim", aim.aim().number()))));
            }
            blocks.add(Block.bullets(items));
        }
        return new Section("aims", text("section.aims"), blocks);
    }

    private Section logic() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Claim.of(text("logic.lead"))));
        List<ActivityView> live = view.liveActivities();
        List<Row> rows = new ArrayList<>();
        List<LogicDiagram.Band> bands = new ArrayList<>();
        for (ActivityView activity : live) {
            ProjectActivity a = activity.activity();
            String name = a.id() + " " + a.title();
            rows.add(new Row(List.of(new CellView(List.of(new Claim(name, refs(activity.support(),
                    text("claim.activity", a.id())))), false, true),
                    results(activity, ResultLevel.OUTPUT), results(activity, ResultLevel.SHORT_TERM),
                    results(activity, ResultLevel.LONG_TERM))));
            bands.add(new LogicDiagram.Band(name, descriptions(activity, ResultLevel.OUTPUT),
                    descriptions(activity, ResultLevel.SHORT_TERM), descriptions(activity, ResultLevel.LONG_TERM)));
        }
        List<String> headers = List.of(text("logic.activity"), text("logic.outputs"), text("logic.shortTerm"),
                text("logic.longTerm"));
        TableView table = new TableView(text("logic.caption"), headers.stream().map(h -> new Header(h, false, "---"))
                .toList(), rows);
        String svg = LogicDiagram.svg("project-logic", text("logic.title", view.draft().title()),
                text("logic.description", live.size()), headers, bands, text("logic.none"));
        blocks.add(Block.figure(new Figure("logic-figure", text("logic.figure"), svg, text("logic.figcaption"),
                table)));
        blocks.add(Block.subheading(text("logic.details")));
        for (ActivityView activity : live) {
            activityDetails(activity, blocks);
        }
        List<Claim> others = new ArrayList<>();
        for (ActivityView activity : view.activities()) {
            ProjectActivity a = activity.activity();
            if (a.isLive()) {
                continue;
            }
            String line = a.status() == ActivityStatus.MERGED
                    ? text("logic.merged", a.id(), a.title(), a.mergedInto().orElseThrow())
                    : a.dropReason().map(r -> text("logic.droppedBecause", a.id(), a.title(), r))
                            .orElseGet(() -> text("logic.dropped", a.id(), a.title()));
            others.add(new Claim(line, refs(activity.support(), text("claim.activity", a.id()))));
        }
        if (!others.isEmpty()) {
            blocks.add(Block.subheading(text("logic.others")));
            blocks.add(Block.bullets(others));
        }
        return new Section("logic", text("section.logic"), blocks);
    }

    private CellView results(ActivityView activity, ResultLevel level) {
        List<Claim> lines = new ArrayList<>();
        for (ResultView result : activity.results()) {
            if (result.result().level() == level) {
                lines.add(Claim.of(activity.activity().id() + "/" + result.result().number() + " "
                        + result.result().description()).notLast());
            }
        }
        if (lines.isEmpty()) {
            lines.add(Claim.of(text("logic.none")).notLast());
        }
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).asLast());
        return new CellView(lines, false, false);
    }

    private static List<String> descriptions(ActivityView activity, ResultLevel level) {
        return activity.results().stream().filter(r -> r.result().level() == level)
                .map(r -> r.result().description()).toList();
    }

    private void activityDetails(ActivityView activity, List<Block> blocks) {
        ProjectActivity a = activity.activity();
        blocks.add(Block.subheading(a.id() + " " + a.title()));
        a.description().filter(d -> !d.equals(a.title())).ifPresent(d -> blocks.add(Block.paragraph(Claim.of(d))));
        List<Integer> numbers = activity.support().recommendations().stream().map(l -> l.recommendation().number())
                .toList();
        String restsOn = numbers.isEmpty() ? text("logic.noRecommendation") : text("logic.recommendations",
                numbers.size(), join(numbers.stream().map(String::valueOf).toList()));
        blocks.add(Block.paragraph(new Claim(text("logic.restsOn", restsOn), refs(activity.support(),
                text("claim.activity", a.id())))));
        List<Claim> facts = new ArrayList<>();
        if (!activity.modules().isEmpty()) {
            facts.add(Claim.of(text("logic.modules", activity.modules().size(), join(activity.modules().stream()
                    .map(this::module).toList()))));
        }
        if (!activity.needs().isEmpty()) {
            facts.add(Claim.of(text("logic.needs", activity.needs().size(), join(activity.needs().stream()
                    .map(t -> text(t.title())).toList()))));
        }
        if (!activity.competences().isEmpty()) {
            facts.add(Claim.of(text("logic.gaps", activity.competences().size(), join(activity.competences().stream()
                    .map(c -> c.name(locale)).toList()))));
        }
        if (a.status() == ActivityStatus.PROPOSED) {
            facts.add(Claim.of(text("logic.proposed")));
        }
        if (!facts.isEmpty()) {
            blocks.add(Block.bullets(facts));
        }
    }

    private String module(ModuleView module) {
        return module.module().map(m -> text("quoted", m.title())).orElseGet(() -> text("logic.moduleMissing",
                module.ref()));
    }

    private Section indicators() {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ActivityView activity : view.liveActivities()) {
            for (ResultView result : activity.results()) {
                String id = activity.activity().id() + "/" + result.result().number();
                Indicator indicator = result.result().indicator();
                rows.add(new Row(List.of(
                        cell(Claim.of(id + " " + result.result().description()), true, false),
                        cell(Claim.of(indicator.name() + " (" + text(indicator.unit().title()) + ")"), false, false),
                        cell(Claim.of(baseline(result)), false, true),
                        cell(Claim.of(indicator.target().map(v -> value(v, indicator.unit()))
                                .orElse(text("indicators.noTarget"))), false, true),
                        cell(source(result, text("claim.indicator", id)), false, false))));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(Block.paragraph(Claim.of(text("indicators.none"))));
        } else {
            blocks.add(Block.paragraph(Claim.of(text("indicators.lead"))));
            blocks.add(Block.table(new TableView(text("indicators.caption"), List.of(
                    new Header(text("indicators.result"), false, "---"),
                    new Header(text("indicators.indicator"), false, "---"),
                    new Header(text("indicators.baseline"), true, "---:"),
                    new Header(text("indicators.target"), true, "---:"),
                    new Header(text("indicators.source"), false, "---")), rows)));
        }
        return new Section("indicators", text("section.indicators"), blocks);
    }

    private String baseline(ResultView result) {
        Indicator indicator = result.result().indicator();
        if (indicator.baseline().isEmpty()) {
            return text("indicators.noBaseline");
        }
        return result.baseline().map(v -> value(v, indicator.unit())).orElseGet(() -> text("indicators.noValue",
                result.problem().map(p -> p.format(locale)).orElse("")));
    }

    private Claim source(ResultView result, String claim) {
        Optional<Baseline> baseline = result.result().indicator().baseline();
        if (baseline.isEmpty()) {
            return Claim.of("–");
        }
        if (baseline.get() instanceof Baseline.Stated stated) {
            return Claim.of(text("indicators.stated") + stated.note().map(n -> ": " + n).orElse(""));
        }
        return new Claim(text("indicators.measured"), result.evidence().map(e -> refs(List.of(e), claim))
                .orElse(List.of()));
    }

    private String value(BigDecimal value, IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> NumberText.percent(value, locale).replace(" %", NumberText.NBSP + "%");
            case COUNT -> NumberText.count(value.longValue(), locale);
            case SCORE -> NumberText.decimal(value, 2, locale);
        };
    }

    private Section principles() {
        List<Block> blocks = new ArrayList<>();
        for (PrincipleView principle : view.principles()) {
            blocks.add(Block.subheading(text(principle.work().principle().title())));
            blocks.add(Block.paragraph(Claim.of(principle.work().approach().map(a -> text("principles.approach", a))
                    .orElse(text("principles.noApproach")))));
            blocks.add(Block.paragraph(Claim.of(principle.answeredBy().isEmpty() ? text("principles.noActivity")
                    : text("principles.answeredBy", join(principle.answeredBy().stream().map(id -> id + " "
                            + view.draft().activity(id).title()).toList())))));
            if (principle.work().principle() == HorizontalPrinciple.GENDER_EQUALITY && !principle.people().isEmpty()) {
                blocks.add(Block.paragraph(Claim.of(text("principles.people"))));
                blocks.add(Block.bullets(principle.people().stream().map(p -> Claim.of(gender(p))).toList()));
            }
            String groups = tallies(principle.targetGroups());
            if (!groups.isEmpty()) {
                blocks.add(Block.paragraph(Claim.of(text("principles.targetGroups", groups))));
            }
            Map<String, List<String>> places = new LinkedHashMap<>();
            principle.accessibility().forEach(m -> places.computeIfAbsent(m.measure(), k -> new ArrayList<>())
                    .add(m.where()));
            if (!places.isEmpty()) {
                blocks.add(Block.paragraph(Claim.of(text("principles.accessibility", places.entrySet().stream()
                        .map(e -> e.getKey() + " (" + join(e.getValue()) + ")").collect(Collectors.joining("; "))))));
            }
        }
        return new Section("principles", text("section.principles"), blocks);
    }

    private String gender(PrepareFinalReport.PeopleCount people) {
        GenderCounts counts = people.counts();
        return text("principles.gender", text(people.group().title()), counts.women(), counts.men(),
                counts.nonBinary(), counts.notStated(), counts.total());
    }

    private Section partners() {
        List<Block> blocks = new ArrayList<>();
        if (view.partners().isEmpty()) {
            blocks.add(Block.paragraph(Claim.of(text("partners.none"))));
        } else {
            blocks.add(Block.paragraph(Claim.of(text("partners.lead", view.producedOn().toString()))));
            List<Row> rows = new ArrayList<>();
            for (PartnerView partner : view.partners()) {
                String name = partner.actor().map(a -> a.name()).orElse(text("partners.gone"));
                rows.add(new Row(List.of(
                        cell(new Claim(name, refs(List.of(partner.shortlist()), text("claim.partner", name))), true,
                                false),
                        cell(Claim.of(partner.actor().flatMap(a -> a.municipality()).map(m -> m.name()).orElse("–")),
                                false, false),
                        cell(Claim.of(text(partner.partner().role().title())), false, false),
                        cell(Claim.of(letter(partner.partner().letter())), false, false),
                        cell(Claim.of(partner.partner().contribution().orElse("–")), false, false))));
            }
            blocks.add(Block.table(new TableView(text("partners.caption"), List.of(
                    new Header(text("partners.partner"), false, "---"),
                    new Header(text("partners.municipality"), false, "---"),
                    new Header(text("partners.role"), false, "---"),
                    new Header(text("partners.letter"), false, "---"),
                    new Header(text("partners.contribution"), false, "---")), rows)));
        }
        blocks.add(Block.toWrite(text("partners.toWrite")));
        return new Section("partners", text("section.partners"), blocks);
    }

    /** A letter of intent's state and day in words. */
    String letter(Optional<LetterOfIntent> letter) {
        if (letter.isEmpty()) {
            return text("partners.noLetter");
        }
        LetterOfIntent l = letter.get();
        return switch (l.state()) {
            case REQUESTED -> text("partners.requested", l.requestedOn().map(Object::toString).orElse(""));
            case SIGNED -> text("partners.signed", l.answeredOn().map(Object::toString).orElse(""));
            case DECLINED -> text("partners.declined", l.answeredOn().map(Object::toString).orElse(""));
        };
    }

    private Section risks() {
        List<Block> blocks = new ArrayList<>();
        if (view.risks().isEmpty()) {
            blocks.add(Block.paragraph(Claim.of(text("risks.none"))));
        } else {
            List<Row> rows = new ArrayList<>();
            for (Risk risk : view.risks()) {
                rows.add(new Row(List.of(cell(Claim.of(String.valueOf(risk.number())), true, false),
                        cell(Claim.of(risk.description()), false, false),
                        cell(Claim.of(text(risk.likelihood().title())), false, false),
                        cell(Claim.of(text(risk.impact().title())), false, false),
                        cell(Claim.of(String.valueOf(risk.score())), false, true),
                        cell(Claim.of(risk.mitigation()), false, false))));
            }
            blocks.add(Block.table(new TableView(text("risks.caption"), List.of(
                    new Header(text("risks.number"), false, "---"), new Header(text("risks.risk"), false, "---"),
                    new Header(text("risks.likelihood"), false, "---"),
                    new Header(text("risks.impact"), false, "---"), new Header(text("risks.score"), true, "---:"),
                    new Header(text("risks.mitigation"), false, "---")), rows)));
        }
        return new Section("risks", text("section.risks"), blocks);
    }

    private Section toWrite(String part) {
        return new Section(part, text("section." + part), List.of(Block.toWrite(text(part + ".toWrite"))));
    }

    private Section annex() {
        List<AnnexEntry> entries = new ArrayList<>();
        for (int i = 0; i < view.annex().size(); i++) {
            ResolvedEvidence evidence = view.annex().get(i);
            int number = i + 1;
            List<String> claims = citations.citedBy(number);
            entries.add(new AnnexEntry(number, evidenceText.kind(evidence.reference()), summary(evidence),
                    claims.isEmpty() ? null : text("annex.citedBy", join(claims)).replace("..", "."),
                    !evidence.resolves()));
        }
        return new Section("evidence", text("section.annex"), List.of(
                Block.paragraph(Claim.of(text("annex.lead", view.producedOn().toString()))), Block.annex(entries)));
    }

    private Section openPoints() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Claim.of(text("open.lead"))));
        Map<GapKind, List<Gap>> byKind = new LinkedHashMap<>();
        view.gaps().forEach(g -> byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g));
        byKind.forEach((kind, gaps) -> {
            blocks.add(Block.subheading(text(kind.title())));
            blocks.add(Block.bullets(gaps.stream().map(g -> Claim.of(g.text().format(locale))).toList()));
        });
        return new Section("open-points", text("section.open"), blocks);
    }

    // ---------------------------------------------------------------- helpers

    /** The annex numbers of a claim's evidence, each noted as cited by the claim (none for a null claim). */
    private List<Ref> refs(Support support, String claim) {
        if (support.evidence().isEmpty() && claim != null) {
            return List.of();
        }
        return refs(support.evidence(), claim);
    }

    private List<Ref> refs(List<ResolvedEvidence> evidence, String claim) {
        return citations.numbers(evidence, claim).stream().map(number -> new Ref(number,
                view.annex().get(number - 1).resolves() ? null : text("draft.noLonger"))).toList();
    }

    /** A piece of evidence in words as the day's records show it, or why it no longer resolves. */
    String summary(ResolvedEvidence evidence) {
        return evidence.evidence().map(evidenceText::summary).orElseGet(() -> text("annex.unresolved",
                evidence.problem().map(p -> p.format(locale)).orElse("")));
    }

    private static CellView cell(Claim claim, boolean header, boolean number) {
        return new CellView(List.of(claim), number, header);
    }

    private String join(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("and") + " "
                + items.get(items.size() - 1);
    }

    String text(String key, Object... args) {
        return Message.of(DraftDocumentBuilder.class, key, args).format(locale);
    }

    private String text(Message message) {
        return message.format(locale);
    }
}
