package se.coompanion.sesi.adapters.documents.synthesis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * A piece of evidence in a sentence for people, in their language, with the figures the records show now: what
 * {@code sesi synthesis evidence} lists and the final report's annex of evidence shows.
 */
public final class EvidenceText {

    /** Answers of a table shown in the sentence; the report's tables show them all. */
    private static final int ANSWERS_SHOWN = 6;

    private final Locale locale;
    private final boolean seminarNamedElsewhere;

    /** The sentences as the command line and the documents show them: a survey question by its text. */
    public EvidenceText(Locale locale) {
        this(locale, false);
    }

    /**
     * @param locale                the language
     * @param seminarNamedElsewhere the document names its only seminar once (the final report's seminar section), so
     *                              a seminar's outcome does not repeat its title and date in every item of a list
     */
    public EvidenceText(Locale locale, boolean seminarNamedElsewhere) {
        this.locale = locale;
        this.seminarNamedElsewhere = seminarNamedElsewhere;
    }

    /** The evidence, or why the reference no longer names any. */
    public String summary(ResolvedEvidence resolved) {
        return resolved.evidence().map(this::summary)
                .orElseGet(() -> text("evidence.unresolved", resolved.problem().orElseThrow()));
    }

    /**
     * The evidence as the public edition of the final report shows it: as {@link #summary(ResolvedEvidence)}, but a
     * partner without its attitude.
     */
    public String publicSummary(ResolvedEvidence resolved) {
        if (resolved.evidence().orElse(null) instanceof Evidence.Partner partner) {
            return text("evidence.partnerPublic", partner.actor().name(), partner.rank(),
                    partner.assessment().candidacy().title(), partner.assessment().quadrant().title());
        }
        return summary(resolved);
    }

    public String summary(Evidence evidence) {
        if (evidence instanceof Evidence.Needs needs) {
            return needs(needs);
        }
        if (evidence instanceof Evidence.Finding finding) {
            return text("evidence.finding", finding.finding().id(), finding.finding().finding().statement(),
                    finding.finding().finding().relevance().title(), finding.sources().stream()
                            .map(s -> s.source().title()).collect(Collectors.joining("; ")));
        }
        if (evidence instanceof Evidence.SurveyTable table) {
            return survey(table);
        }
        if (evidence instanceof Evidence.BorichRank rank) {
            CompetenceScore score = rank.ranked().score();
            return text("evidence.borich", score.competence().name(locale), rank.ranked().rank(), rank.of(),
                    NumberText.decimal(score.mwds(), 2, locale), score.n(),
                    NumberText.decimal(score.meanGap(), 2, locale), score.gapAtLeastTwo());
        }
        if (evidence instanceof Evidence.SeminarOutcome outcome && seminarNamedElsewhere) {
            return text("evidence.seminarItem", outcome.item().title(), mean(outcome.item().relevance().mean()),
                    outcome.item().relevance().n(), String.join("; ", outcome.item().conclusions()));
        }
        if (evidence instanceof Evidence.SeminarOutcome outcome) {
            return text("evidence.seminar", outcome.item().title(), outcome.seminar().facts().title(),
                    outcome.seminar().facts().date(), mean(outcome.item().relevance().mean()),
                    outcome.item().relevance().n(), String.join("; ", outcome.item().conclusions()));
        }
        if (evidence instanceof Evidence.PilotResult pilot) {
            return text("evidence.pilot", pilot.module().key(), pilot.module().title(), pilot.programme().number(),
                    mean(pilot.reaction().satisfaction()), pilot.reaction().satisfaction().n(),
                    mean(pilot.reaction().relevance()), pilot.reaction().relevance().n(),
                    pilot.gains().stream().map(g -> text("evidence.gain", g.objective(), mean(g.before()),
                            mean(g.after()), mean(g.gain()), g.gain().n())).collect(Collectors.joining("; ")));
        }
        Evidence.Partner partner = (Evidence.Partner) evidence;
        return text("evidence.partner", partner.actor().name(), partner.rank(),
                partner.assessment().candidacy().title(), partner.assessment().quadrant().title(),
                partner.assessment().attitude().title());
    }

    /** A mean with two decimals, "–" without values. */
    private String mean(Mean mean) {
        return mean.value().map(v -> NumberText.decimal(v, 2, locale)).orElse("–");
    }

    /** The kind of a reference for people. */
    public String kind(EvidenceReference reference) {
        return reference.kind().title().format(locale);
    }

    private String needs(Evidence.Needs needs) {
        String theme = needs.reference().theme().title().format(locale);
        if (needs.reference().municipality().isPresent()) {
            Municipality municipality = needs.reference().municipality().get();
            return text("evidence.needIn", municipality.name(), theme, needs.needs().stream()
                    .map(n -> n.need().description() + " (" + n.need().priority().title().format(locale) + ")")
                    .collect(Collectors.joining("; ")));
        }
        Map<Municipality, Priority> highest = new LinkedHashMap<>();
        for (RaisedNeed n : needs.needs()) {
            highest.merge(n.municipality(), n.need().priority(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        highest.values().forEach(p -> byPriority.merge(p, 1, Integer::sum));
        return text("evidence.needs", theme, highest.size(), byPriority.getOrDefault(Priority.HIGH, 0),
                byPriority.getOrDefault(Priority.MEDIUM, 0), byPriority.getOrDefault(Priority.LOW, 0),
                highest.keySet().stream().map(Municipality::shortName).collect(Collectors.joining(", ")));
    }

    private String survey(Evidence.SurveyTable evidence) {
        QuestionResults table = evidence.table();
        QuestionResults.Column column = table.columns().get(0);
        String group = group(column.group());
        List<String> answers = new ArrayList<>();
        if (column instanceof QuestionResults.ChoiceColumn choices) {
            choices.codes().stream().limit(ANSWERS_SHOWN).forEach(c -> answers.add(c.choice().label() + " "
                    + c.share().stream().mapToObj(s -> NumberText.share(BigDecimal.valueOf(s), locale)).findFirst()
                            .orElse("–")));
            choices.mean().ifPresent(m -> answers.add(text("evidence.mean", NumberText.decimal(m.value(), 2, locale),
                    m.n())));
        } else if (column instanceof QuestionResults.MultiColumn multi) {
            multi.options().stream().limit(ANSWERS_SHOWN).forEach(o -> answers.add(o.choice().label() + " "
                    + o.ofRespondents().stream().mapToObj(s -> NumberText.share(BigDecimal.valueOf(s), locale))
                            .findFirst().orElse("–")));
        } else if (column instanceof QuestionResults.NumberColumn numbers && numbers.summary().isPresent()) {
            answers.add(text("evidence.numbers", NumberText.decimal(numbers.summary().get().mean(), 2, locale),
                    NumberText.decimal(numbers.summary().get().median(), 2, locale)));
        }
        return text("evidence.survey", table.question().label(), table.question().variable(), group,
                column.base().returns(), column.base().valid(), String.join("; ", answers));
    }

    /** A group of the survey's results: all returns, a county or a legal form. */
    public String group(String group) {
        if (group.equals(EvidenceReference.SurveyTable.ALL)) {
            return text("evidence.group.all");
        }
        if (group.matches("\\d{2}")) {
            return County.of(group).name();
        }
        return LegalForm.valueOf(group).name(locale);
    }

    private String text(String key, Object... args) {
        return Message.of(EvidenceText.class, key, args).format(locale);
    }
}
