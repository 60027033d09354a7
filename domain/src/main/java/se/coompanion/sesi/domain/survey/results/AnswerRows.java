package se.coompanion.sesi.domain.survey.results;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.entry.AnswerFormat;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;

/**
 * The analysis rows of a usable return ({@link AnswerRow}) made from its settled answers, and the answers read back
 * from the rows. Rows are made for the questions the form shows for its answers; a hidden question has none, so
 * that "not asked" (skipped by the form's branching) and "no answer" (item non-response) stay apart.
 */
public final class AnswerRows {

    private AnswerRows() {
    }

    /** The rows of a return keyed against {@code questionnaire}. */
    public static ImmutableList<AnswerRow> of(Questionnaire questionnaire, FormAnswers answers) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Question question : questionnaire.shownFor(answers)) {
            String variable = question.variable();
            String value = answers.value(variable);
            if (value.isEmpty()) {
                rows.add(AnswerRow.noAnswer(variable));
                continue;
            }
            switch (question.type()) {
                case SINGLE, LIKERT_5 -> rows.add(AnswerRow.code(variable, 0, value));
                case MULTI -> {
                    List<String> codes = Splitter.on('|').splitToList(value);
                    for (int i = 0; i < codes.size(); i++) {
                        rows.add(AnswerRow.code(variable, i, codes.get(i)));
                    }
                }
                case INTEGER, DECIMAL -> rows.add(AnswerRow.number(variable, new BigDecimal(value)));
                case TEXT, DATE -> rows.add(AnswerRow.text(variable, value));
            }
        }
        return ImmutableList.copyOf(rows);
    }

    /** The answers the rows hold (rows of unanswered questions give nothing). */
    public static FormAnswers answers(List<AnswerRow> rows) {
        Map<String, List<AnswerRow>> byVariable = new LinkedHashMap<>();
        rows.stream().filter(AnswerRow::answered)
                .forEach(r -> byVariable.computeIfAbsent(r.variable(), v -> new ArrayList<>()).add(r));
        Map<String, String> answers = new LinkedHashMap<>();
        byVariable.forEach((variable, answered) -> {
            answered.sort(Comparator.comparingInt(AnswerRow::rowNo));
            AnswerRow row = answered.get(0);
            String value = row.code().isPresent()
                    ? answered.stream().map(r -> r.code().orElseThrow()).collect(Collectors.joining("|"))
                    : row.number().map(AnswerFormat::number).orElseGet(() -> row.text().orElseThrow());
            answers.put(variable, value);
        });
        return FormAnswers.of(answers);
    }
}
