package se.coompanion.sesi.adapters.documents.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.entry.AnswerFormat;
import se.coompanion.sesi.domain.survey.results.Base;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/**
 * The results for programs, in the long form fixed by cli.md: {@code variable,group,code,label,count,percent}, one
 * row per figure of each question's column (group). {@code code} is a choice code, or one of the words below for
 * the rows that are not a choice; {@code percent} is a share of the group's valid answers with 4 decimals (0.4167),
 * empty for the rows outside the percent base:
 * <ul>
 * <li>{@code N}: the group's usable returns; {@code VALID}: returns with an answer (the percent base; for MULTI the
 *     respondents, who ticked at least one option); {@code NO_ANSWER}: shown the question, left it empty;
 *     {@code NOT_ASKED}: the form skipped the question (show-if). N = VALID + NO_ANSWER + NOT_ASKED;</li>
 * <li>MULTI: an option's percent is its share of the respondents; {@code ANSWERS} counts the ticks, so an option's
 *     share of the answers is its count / ANSWERS;</li>
 * <li>statistics: {@code MEAN} (LIKERT_5: over the scale points 1-5; INTEGER, DECIMAL), {@code MEDIAN}, {@code MIN},
 *     {@code MAX} (INTEGER, DECIMAL; MIN and MAX also DATE): {@code count} is the number of answers it is computed
 *     over and {@code label} its value (a number with a point, 4 decimals for a mean; a date yyyy-mm-dd); empty
 *     when there is no answer;</li>
 * <li>TEXT: one {@code TEXT} row per distinct answer, the answer in {@code label}, {@code count} the returns.</li>
 * </ul>
 */
public final class ResultsCsv {

    static final List<String> COLUMNS = List.of("variable", "group", "code", "label", "count", "percent");

    private ResultsCsv() {
    }

    public static Table of(ComputeSurveyResults.Result result) {
        Table table = new Table(COLUMNS.stream().map(c -> new Table.Column(c, Message.literal(c))).toList());
        for (QuestionResults question : result.tables()) {
            String variable = question.question().variable();
            for (QuestionResults.Column column : question.columns()) {
                Rows rows = new Rows(table, variable, column.group());
                Base base = column.base();
                rows.add("N", "", base.returns(), OptionalDouble.empty());
                if (column instanceof QuestionResults.ChoiceColumn c) {
                    c.codes().forEach(code -> rows.add(code.choice().code(), code.choice().label(), code.count(),
                            code.share()));
                    rows.base(base);
                    if (question.question().type() == QuestionType.LIKERT_5) {
                        rows.add("MEAN", c.mean().map(m -> mean(m.value())).orElse(""),
                                c.mean().map(QuestionResults.Mean::n).orElse(0L), OptionalDouble.empty());
                    }
                } else if (column instanceof QuestionResults.MultiColumn m) {
                    m.options().forEach(o -> rows.add(o.choice().code(), o.choice().label(), o.count(),
                            o.ofRespondents()));
                    rows.base(base);
                    rows.add("ANSWERS", "", m.answers(), OptionalDouble.empty());
                } else if (column instanceof QuestionResults.NumberColumn n) {
                    rows.base(base);
                    var s = n.summary();
                    rows.add("MEAN", s.map(x -> mean(x.mean())).orElse(""), base.valid(), OptionalDouble.empty());
                    rows.add("MEDIAN", s.map(x -> AnswerFormat.number(x.median())).orElse(""), base.valid(),
                            OptionalDouble.empty());
                    rows.add("MIN", s.map(x -> AnswerFormat.number(x.min())).orElse(""), base.valid(),
                            OptionalDouble.empty());
                    rows.add("MAX", s.map(x -> AnswerFormat.number(x.max())).orElse(""), base.valid(),
                            OptionalDouble.empty());
                } else if (column instanceof QuestionResults.DateColumn d) {
                    rows.base(base);
                    rows.add("MIN", d.earliest().map(Object::toString).orElse(""), base.valid(),
                            OptionalDouble.empty());
                    rows.add("MAX", d.latest().map(Object::toString).orElse(""), base.valid(),
                            OptionalDouble.empty());
                } else if (column instanceof QuestionResults.TextColumn t) {
                    rows.base(base);
                    t.answers().forEach(a -> rows.add("TEXT", a.text(), a.count(), OptionalDouble.empty()));
                }
            }
        }
        return table;
    }

    /** A mean with 4 decimals, as programs read it. */
    static String mean(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** The rows of one question's column. */
    private record Rows(Table table, String variable, String group) {

        void add(String code, String label, long count, OptionalDouble share) {
            table.row(Cell.text(variable), Cell.text(group), Cell.text(code), Cell.text(label), Cell.number(count),
                    share.isPresent() ? Cell.share(share.getAsDouble()) : Cell.empty());
        }

        void base(Base base) {
            add("VALID", "", base.valid(), OptionalDouble.empty());
            add("NO_ANSWER", "", base.noAnswer(), OptionalDouble.empty());
            add("NOT_ASKED", "", base.notAsked(), OptionalDouble.empty());
        }
    }
}
