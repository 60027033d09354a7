package se.coompanion.sesi.adapters.documents.survey.results;

import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/** The names people read for the groups of a results table: "Alla", a county, a legal form, an answer. */
public final class GroupNames {

    private final ResultGrouping by;
    private final Optional<Question> byQuestion;
    private final Locale locale;

    public GroupNames(ComputeSurveyResults.Result result, Locale locale) {
        this.by = result.by();
        this.byQuestion = result.byQuestion();
        this.locale = locale;
    }

    String name(String group) {
        if (group.equals(ResultGrouping.ALL)) {
            return Message.of(GroupNames.class, "group.all").format(locale);
        }
        return switch (by.kind()) {
            case NONE -> group;
            case COUNTY -> County.all().stream().filter(c -> c.code().equals(group)).findFirst().map(County::name)
                    .orElse(group);
            case LEGAL_FORM -> LegalForm.valueOf(group).name(locale);
            case VARIABLE -> group.equals(ResultGrouping.NO_ANSWER)
                    ? Message.of(GroupNames.class, "group.noAnswer").format(locale)
                    : byQuestion.flatMap(q -> q.choice(group)).map(GroupNames::choice).orElse(group);
        };
    }

    /** A short name for a chart's bar: the county without "län", the legal form, the answer's label. */
    String shortName(String group) {
        if (by.kind() == ResultGrouping.Kind.COUNTY && !group.equals(ResultGrouping.ALL)) {
            return County.all().stream().filter(c -> c.code().equals(group)).findFirst().map(County::shortName)
                    .orElse(group);
        }
        if (by.kind() == ResultGrouping.Kind.VARIABLE && !group.equals(ResultGrouping.ALL)
                && !group.equals(ResultGrouping.NO_ANSWER)) {
            return byQuestion.flatMap(q -> q.choice(group)).map(Choice::label).orElse(group);
        }
        return name(group);
    }

    /** "Västernorrlands län (N 250)". */
    String withN(QuestionResults.Column column) {
        return Message.of(GroupNames.class, "group.withN", name(column.group()), column.base().returns())
                .format(locale);
    }

    /** What the grouping is, for a heading: "by county", "by stodstruktur". */
    String grouping() {
        return switch (by.kind()) {
            case NONE -> "";
            case COUNTY -> Message.of(GroupNames.class, "grouping.county").format(locale);
            case LEGAL_FORM -> Message.of(GroupNames.class, "grouping.legalForm").format(locale);
            case VARIABLE -> Message.of(GroupNames.class, "grouping.question", by.variable().orElseThrow(),
                    byQuestion.map(Question::label).orElse("")).format(locale);
        };
    }

    static String choice(Choice choice) {
        return choice.code() + " " + choice.label();
    }
}
