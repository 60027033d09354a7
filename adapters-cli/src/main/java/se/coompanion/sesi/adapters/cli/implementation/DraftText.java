package se.coompanion.sesi.adapters.cli.implementation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.PlainTable;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.AimView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ModuleView;
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
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * The whole draft as text for people on the command line ({@code sesi implementation show}): each part in the order
 * of the application form, every claim with the numbers of its evidence, which the list of evidence at the end
 * resolves. (The application draft as a document is the documents module's.)
 */
final class DraftText {

    private static final String INDENT = "    ";

    private final DraftView view;
    private final Locale locale;
    private final PrintWriter out;

    DraftText(DraftView view, Locale locale, PrintWriter out) {
        this.view = view;
        this.locale = locale;
        this.out = out;
    }

    void print() {
        out.println(view.draft().title());
        out.println(text("show.lead", view.preStudy().facts().name(), view.preStudy().facts().caseNumber(),
                view.producedOn(), view.annex().size()));
        heading("show.aims");
        if (view.aims().isEmpty()) {
            out.println(INDENT + text("show.none"));
        }
        for (AimView aim : view.aims()) {
            out.println(INDENT + aim.aim().number() + ". " + aim.aim().text() + cited(aim.support()));
        }
        heading("show.groups");
        for (TargetGroupView group : view.targetGroups()) {
            out.println(INDENT + text(group.group().kind().title()) + ": " + group.group().description()
                    + cited(group.support()));
            out.println(INDENT + INDENT + size(group));
        }
        heading("show.activities");
        for (ActivityView activity : view.activities()) {
            activity(activity);
        }
        heading("show.partners");
        if (view.partners().isEmpty()) {
            out.println(INDENT + text("show.none"));
        } else {
            PlainTable.print(new DraftTables(view, locale).table(DraftTables.Part.PARTNERS), locale, out);
        }
        heading("show.risks");
        if (view.risks().isEmpty()) {
            out.println(INDENT + text("show.none"));
        } else {
            PlainTable.print(new DraftTables(view, locale).table(DraftTables.Part.RISKS), locale, out);
        }
        heading("show.principles");
        for (PrincipleView principle : view.principles()) {
            principle(principle);
        }
        heading("show.evidence");
        EvidenceText texts = new EvidenceText(locale);
        for (int i = 0; i < view.annex().size(); i++) {
            ResolvedEvidence e = view.annex().get(i);
            out.println(INDENT + "[" + (i + 1) + "] " + e.reference().code() + ": " + texts.summary(e));
        }
        out.println();
        out.println(view.gaps().isEmpty() ? text("show.complete") : text("show.gaps", view.gaps().size()));
    }

    private void heading(String key) {
        out.println();
        out.println(text(key));
    }

    private void activity(ActivityView view) {
        ProjectActivity activity = view.activity();
        String state = text(activity.status().title());
        if (activity.status() == ActivityStatus.MERGED) {
            state = text("show.mergedInto", activity.mergedInto().orElseThrow());
        } else if (activity.status() == ActivityStatus.DROPPED && activity.dropReason().isPresent()) {
            state = text("show.droppedBecause", activity.dropReason().get());
        }
        out.println(INDENT + activity.id() + " " + activity.title() + " (" + state + ")");
        if (!activity.isLive()) {
            out.println(INDENT + INDENT + text("show.from", recommendations(view.support().recommendations()))
                    + cited(view.support()));
            return;
        }
        activity.description().filter(d -> !d.equals(activity.title())).ifPresent(d -> out.println(INDENT + INDENT
                + d));
        out.println(INDENT + INDENT + text("show.restsOn", recommendations(view.support().recommendations()))
                + cited(view.support()));
        if (!view.modules().isEmpty()) {
            out.println(INDENT + INDENT + text("show.modules", view.modules().stream().map(this::module)
                    .collect(Collectors.joining("; "))));
        }
        if (!view.needs().isEmpty()) {
            out.println(INDENT + INDENT + text("show.answersNeeds", view.needs().stream().map(t -> text(t.title()))
                    .collect(Collectors.joining(", "))));
        }
        if (!view.competences().isEmpty()) {
            out.println(INDENT + INDENT + text("show.answersGaps", DraftTables.names(view.competences(), locale)));
        }
        for (ResultView result : view.results()) {
            out.println(INDENT + INDENT + activity.id() + "/" + result.result().number() + " "
                    + text(result.result().level().title()) + ": " + result.result().description());
            out.println(INDENT + INDENT + INDENT + indicator(result));
        }
    }

    private String module(ModuleView module) {
        return module.ref() + module.module().map(m -> " " + m.title()).orElse(" (" + text("show.missing") + ")");
    }

    private String indicator(ResultView result) {
        Indicator indicator = result.result().indicator();
        String baseline = indicator.baseline().isEmpty() ? text("show.noBaseline")
                : result.baseline().map(v -> value(v, indicator.unit())).orElse(text("show.noValue",
                        result.problem().map(this::text).orElse(""))) + source(indicator.baseline().get());
        String target = indicator.target().map(v -> value(v, indicator.unit())).orElse(text("show.noTarget"));
        return text("show.indicator", indicator.name(), baseline, target);
    }

    private String source(Baseline baseline) {
        if (baseline instanceof Baseline.Measured measured) {
            int number = view.annexNumber(measured.evidence());
            return " (" + measured.code() + (number > 0 ? " [" + number + "]" : "") + ")";
        }
        return ((Baseline.Stated) baseline).note().map(n -> " (" + n + ")").orElse("");
    }

    private String value(BigDecimal value, IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> NumberText.percent(value, locale);
            case COUNT -> NumberText.count(value.longValue(), locale);
            case SCORE -> NumberText.decimal(value, 2, locale);
        };
    }

    private void principle(PrincipleView principle) {
        String answered = principle.answeredBy().isEmpty() ? text("show.noActivity")
                : principle.answeredBy().stream().map(Object::toString).collect(Collectors.joining(", "));
        out.println(INDENT + text(principle.work().principle().title()) + ": " + principle.work().approach()
                .orElse(text("show.noApproach")) + " " + text("show.answeredBy", answered));
        if (principle.work().principle() == HorizontalPrinciple.GENDER_EQUALITY) {
            for (PrepareFinalReport.PeopleCount people : principle.people()) {
                out.println(INDENT + INDENT + text(people.group().title()) + ": " + gender(people.counts()));
            }
        }
        String groups = principle.targetGroups().stream().filter(t -> t.needs() > 0)
                .map(this::targetGroup).collect(Collectors.joining("; "));
        if (!groups.isEmpty()) {
            out.println(INDENT + INDENT + text("show.targetGroups", groups));
        }
        Map<String, List<String>> places = new LinkedHashMap<>();
        principle.accessibility().forEach(m -> places.computeIfAbsent(m.measure(), k -> new ArrayList<>())
                .add(m.where()));
        String measures = places.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue())
                + ")").collect(Collectors.joining("; "));
        if (!measures.isEmpty()) {
            out.println(INDENT + INDENT + text("show.accessibility", measures));
        }
    }

    private String targetGroup(TargetGroupTally tally) {
        return text("show.targetGroup", text(tally.group().title()), tally.needs(), tally.municipalities());
    }

    private String gender(GenderCounts counts) {
        return text("show.gender", counts.women(), counts.men(), counts.nonBinary(), counts.notStated(),
                counts.total());
    }

    private String size(TargetGroupView group) {
        Sizing s = view.sizing();
        return switch (group.group().kind()) {
            case ORGANISATIONS -> text("show.size.ORGANISATIONS", NumberText.count(s.surveyed(), locale),
                    NumberText.count(s.returned(), locale), s.responseRate().isPresent()
                            ? NumberText.share(BigDecimal.valueOf(s.responseRate().getAsDouble()), locale) : "–",
                    s.enterprises());
            case INDIVIDUALS -> {
                String groups = s.targetGroups().stream().filter(t -> t.needs() > 0).map(this::targetGroup)
                        .collect(Collectors.joining("; "));
                yield groups.isEmpty() ? text("show.size.none") : text("show.size.INDIVIDUALS", groups);
            }
            case MUNICIPALITIES -> text("show.size.MUNICIPALITIES", s.municipalities(), s.assessed());
        };
    }

    private String recommendations(List<ListRecommendations.Listed> listed) {
        if (listed.isEmpty()) {
            return text("show.noRecommendation");
        }
        return listed.stream().map(l -> text("show.recommendation", l.recommendation().number(),
                text(l.recommendation().recommendation().priority().title()))).collect(Collectors.joining(", "));
    }

    /** The annex numbers of the claim's evidence, " [1] [4]", with unresolved ones marked. */
    private String cited(Support support) {
        if (support.evidence().isEmpty()) {
            return " " + text("show.noEvidence");
        }
        return support.evidence().stream().map(e -> "[" + view.annexNumber(e.reference()) + "]"
                + (e.resolves() ? "" : "!")).collect(Collectors.joining(" ", " ", ""));
    }

    private String text(String key, Object... args) {
        return Message.of(DraftText.class, key, args).format(locale);
    }

    private String text(Message message) {
        return message.format(locale);
    }
}
