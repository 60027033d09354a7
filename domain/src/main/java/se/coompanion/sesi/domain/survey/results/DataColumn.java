package se.coompanion.sesi.domain.survey.results;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;

/**
 * A column of the exported data ({@code data.csv}) that holds a question's answer: one column per question, named
 * by its variable, except a MULTI question, which has one 0/1 column per option named {@code variable___code}
 * ({@code verksamhet___7}: 1 ticked, 0 not ticked). A cell is the answer in its canonical text; it is empty when
 * the question was not answered or not asked (a MULTI question's option cells too, so that "nothing ticked on a
 * form that skipped the question" is not written as "not ticked").
 *
 * @param name     the column's name
 * @param question the question
 * @param option   the option of a MULTI question's column
 */
public record DataColumn(String name, Question question, Optional<Choice> option) {

    /** Between a MULTI question's variable and an option's code in a column name (REDCap's convention). */
    public static final String OPTION_SEPARATOR = "___";

    public DataColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(option, "option");
    }

    /** The columns of the questions, in order. */
    public static ImmutableList<DataColumn> of(List<Question> questions) {
        List<DataColumn> columns = new ArrayList<>();
        for (Question question : questions) {
            if (question.type() == QuestionType.MULTI) {
                for (Choice choice : question.choices()) {
                    columns.add(new DataColumn(question.variable() + OPTION_SEPARATOR + choice.code(), question,
                            Optional.of(choice)));
                }
            } else {
                columns.add(new DataColumn(question.variable(), question, Optional.empty()));
            }
        }
        return ImmutableList.copyOf(columns);
    }

    /** The cell of a return's answers in this column. */
    public String cell(FormAnswers answers) {
        String variable = question.variable();
        if (option.isEmpty()) {
            return answers.value(variable);
        }
        if (!answers.answered(variable)) {
            return "";
        }
        return answers.ticked(variable, option.get().code()) ? "1" : "0";
    }

    /** The answers in a row of cells by column name (the reverse of {@link #cell}). */
    public static FormAnswers answers(List<DataColumn> columns, Map<String, String> cells) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        for (DataColumn column : columns) {
            String cell = cells.getOrDefault(column.name(), "").strip();
            if (column.option().isEmpty()) {
                answers.put(column.question().variable(), cell);
            } else {
                List<String> codes = ticked.computeIfAbsent(column.question().variable(), v -> new ArrayList<>());
                if (cell.equals("1")) {
                    codes.add(column.option().get().code());
                } else if (!cell.equals("0") && !cell.isEmpty()) {
                    throw new IllegalArgumentException(column.name() + " holds " + cell + ", not 0 or 1");
                }
            }
        }
        ticked.forEach((variable, codes) -> answers.put(variable, codes.stream().collect(Collectors.joining("|"))));
        return FormAnswers.of(answers);
    }
}
