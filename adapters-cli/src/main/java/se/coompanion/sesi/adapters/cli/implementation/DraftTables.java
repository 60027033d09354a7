package se.coompanion.sesi.adapters.cli.implementation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PrincipleView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ResultView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.Support;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.TargetGroupView;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * The draft's listings ({@code sesi implementation show PART}, {@code sesi implementation check}): fixed CSV
 * columns (docs/implementation.md), titles for people in their language.
 */
final class DraftTables {

    /** The parts {@code show} lists. */
    enum Part {
        AIMS, GROUPS, ACTIVITIES, RESULTS, PARTNERS, RISKS, PRINCIPLES, EVIDENCE
    }

    private final DraftView view;
    private final Locale locale;

    DraftTables(DraftView view, Locale locale) {
        this.view = view;
        this.locale = locale;
    }

    static Table table(String... names) {
        return Table.of(Arrays.stream(names).map(n -> new Table.Column(n, Message.of(DraftTables.class,
                "column." + n))).toArray(Table.Column[]::new));
    }

    Table table(Part part) {
        return switch (part) {
            case AIMS -> aims();
            case GROUPS -> groups();
            case ACTIVITIES -> activities();
            case RESULTS -> results();
            case PARTNERS -> partners();
            case RISKS -> risks();
            case PRINCIPLES -> principles();
            case EVIDENCE -> evidence();
        };
    }

    /** The check's gaps, each detail in the language given (in CSV too, like the synthesis's evidence). */
    static Table gaps(List<Gap> gaps, Locale locale) {
        Table table = table("kind", "subject", "evidence", "detail");
        gaps.forEach(g -> table.row(Cell.coded(g.kind(), g.kind().title()), Cell.text(g.subject()),
                Cell.text(g.evidence()), Cell.text(g.text().format(locale))));
        return table;
    }

    private Table aims() {
        Table table = table("number", "aim", "recommendations", "evidence", "unresolved");
        view.aims().forEach(a -> table.row(Cell.number(a.aim().number()), Cell.text(a.aim().text()),
                recommendations(a.aim().grounds()), evidence(a.aim().grounds()), unresolved(a.support())));
        return table;
    }

    private Table groups() {
        Table table = table("group", "description", "sized", "recommendations", "evidence", "unresolved");
        for (TargetGroupView g : view.targetGroups()) {
            table.row(Cell.coded(g.group().kind(), g.group().kind().title()), Cell.text(g.group().description()),
                    Cell.bool(g.sized()), recommendations(g.group().grounds()), evidence(g.group().grounds()),
                    unresolved(g.support()));
        }
        return table;
    }

    private Table activities() {
        Table table = table("activity", "status", "title", "recommendations", "evidence", "modules", "unresolved",
                "now", "needs", "gaps");
        for (ActivityView a : view.activities()) {
            ProjectActivity activity = a.activity();
            table.row(Cell.text(activity.id().toString()), Cell.coded(activity.status(), activity.status().title()),
                    Cell.text(activity.title()), recommendations(activity.grounds()), evidence(activity.grounds()),
                    Cell.text(activity.modules().stream().map(Object::toString).collect(Collectors.joining("|"))),
                    unresolved(a.support()), Cell.text(a.now().map(ActivityId::toString)),
                    Cell.text(a.needs().stream().map(NeedTheme::code).collect(Collectors.joining("|"))),
                    Cell.text(a.competences().stream().map(c -> c.key().value()).collect(Collectors.joining("|"))));
        }
        return table;
    }

    private Table results() {
        Table table = table("result", "level", "description", "indicator", "unit", "baseline", "baseline_value",
                "target", "note");
        for (ActivityView a : view.liveActivities()) {
            for (ResultView r : a.results()) {
                Indicator indicator = r.result().indicator();
                table.row(Cell.text(a.activity().id() + "/" + r.result().number()),
                        Cell.coded(r.result().level(), r.result().level().title()),
                        Cell.text(r.result().description()), Cell.text(indicator.name()),
                        Cell.coded(indicator.unit(), indicator.unit().title()),
                        Cell.text(indicator.baseline().map(DraftTables::source)),
                        Cell.decimal(r.baseline().orElse(null), 2),
                        Cell.decimal(indicator.target().orElse(null), 2),
                        Cell.text(note(r).stream().map(m -> m.format(locale)).collect(Collectors.joining("; "))));
            }
        }
        return table;
    }

    /** A measured baseline by its code; a stated one by the word "stated". */
    static String source(Baseline baseline) {
        return baseline instanceof Baseline.Measured measured ? measured.code() : "stated";
    }

    private static List<Message> note(ResultView r) {
        Optional<Baseline> baseline = r.result().indicator().baseline();
        if (r.problem().isPresent()) {
            return List.of(r.problem().get());
        }
        return baseline.filter(Baseline.Stated.class::isInstance).flatMap(b -> ((Baseline.Stated) b).note())
                .map(n -> List.of(Message.literal(n))).orElse(List.of());
    }

    private Table partners() {
        Table table = table("actor", "name", "municipality_code", "role", "letter", "requested_on", "answered_on",
                "shortlisted", "contribution");
        view.partners().forEach(p -> table.row(Cell.text(p.partner().actor().value()),
                Cell.text(p.actor().map(x -> x.name())),
                Cell.text(p.actor().flatMap(x -> x.municipality()).map(m -> m.code())),
                Cell.coded(p.partner().role(), p.partner().role().title()),
                p.partner().letter().map(l -> Cell.coded(l.state(), l.state().title())).orElse(Cell.empty()),
                Cell.date(p.partner().letter().flatMap(l -> l.requestedOn()).orElse(null)),
                Cell.date(p.partner().letter().flatMap(l -> l.answeredOn()).orElse(null)),
                Cell.bool(p.shortlist().resolves()), Cell.text(p.partner().contribution())));
        return table;
    }

    private Table risks() {
        Table table = table("number", "risk", "likelihood", "impact", "score", "mitigation");
        for (Risk r : view.risks()) {
            table.row(Cell.number(r.number()), Cell.text(r.description()),
                    Cell.coded(r.likelihood(), r.likelihood().title()), Cell.coded(r.impact(), r.impact().title()),
                    Cell.number(r.score()), Cell.text(r.mitigation()));
        }
        return table;
    }

    private Table principles() {
        Table table = table("principle", "activities", "answered_by", "approach");
        for (PrincipleView p : view.principles()) {
            table.row(Cell.coded(p.work().principle(), p.work().principle().title()),
                    Cell.text(ids(p.work().activities())), Cell.text(ids(p.answeredBy())),
                    Cell.text(p.work().approach()));
        }
        return table;
    }

    private Table evidence() {
        Table table = table("number", "reference", "kind", "resolved", "summary");
        EvidenceText texts = new EvidenceText(locale);
        for (int i = 0; i < view.annex().size(); i++) {
            ResolvedEvidence e = view.annex().get(i);
            table.row(Cell.number(i + 1), Cell.text(e.reference().code()), Cell.coded(e.reference().kind(),
                    e.reference().kind().title()), Cell.bool(e.resolves()), Cell.text(texts.summary(e)));
        }
        return table;
    }

    static String ids(java.util.Collection<ActivityId> ids) {
        return ids.stream().map(ActivityId::toString).collect(Collectors.joining("|"));
    }

    private static Cell recommendations(Grounds grounds) {
        return Cell.text(grounds.recommendations().stream().map(String::valueOf).collect(Collectors.joining("|")));
    }

    private static Cell evidence(Grounds grounds) {
        return Cell.text(grounds.evidence().stream().map(EvidenceReference::code).collect(Collectors.joining("|")));
    }

    private static Cell unresolved(Support support) {
        return Cell.number(support.evidence().stream().filter(e -> !e.resolves()).count());
    }

    /** The competences' names, for people. */
    static String names(List<Competence> competences, Locale locale) {
        return competences.stream().map(c -> c.name(locale)).collect(Collectors.joining(", "));
    }
}
