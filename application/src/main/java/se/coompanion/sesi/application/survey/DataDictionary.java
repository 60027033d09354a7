package se.coompanion.sesi.application.survey;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.ColumnLayout;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireException;
import se.coompanion.sesi.domain.survey.condition.Condition;
import se.coompanion.sesi.domain.survey.condition.ShowIf;

/**
 * The data dictionary file (cli.md): one question per row, columns
 * {@code variable,section,label,type,choices,required,min,max,show_if} (Swedish names too). Every problem of every
 * row is reported at once with its line and column; the rules across questions (show-if references) are checked
 * when every row is readable. A blank section continues the section of the row above, as a printed form shows a
 * section's heading once.
 */
final class DataDictionary {

    static final Column VARIABLE = Column.required("variabel", "variable");
    static final Column SECTION = Column.optional("avsnitt", "section");
    static final Column LABEL = Column.required("fragetext", "label");
    static final Column TYPE = Column.required("typ", "type");
    static final Column CHOICES = Column.optional("svarsalternativ", "choices");
    static final Column REQUIRED = Column.optional("obligatorisk", "required");
    static final Column MIN = Column.optional("min", "min");
    static final Column MAX = Column.optional("max", "max");
    static final Column SHOW_IF = Column.optional("visa_om", "show_if");
    static final List<Column> COLUMNS = List.of(VARIABLE, SECTION, LABEL, TYPE, CHOICES, REQUIRED, MIN, MAX, SHOW_IF);

    private DataDictionary() {
    }

    /** The questionnaire in the dictionary, or an {@link InvalidInputException} listing every problem. */
    static Questionnaire read(TabularSource source) {
        ColumnLayout layout = ColumnLayout.resolve(source, COLUMNS);
        List<Question> questions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String section = "";
        try (TabularSource.Rows rows = source.rows()) {
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                RowReading reading = new RowReading(source.name(), layout, row);
                if (!reading.isBlank(SECTION)) {
                    section = reading.optional(SECTION, t -> Question.oneLine(field("field.section"), t)).orElse("");
                }
                Question question = question(reading, section);
                problems.addAll(reading.problems());
                if (question != null) {
                    questions.add(question);
                    lines.add(row.line());
                }
                if (questions.size() + problems.size() > Questionnaire.MAX_QUESTIONS * 4) {
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return Questionnaire.of(questions);
        } catch (QuestionnaireException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new Problem(source.name(), v.position() < 0 ? source.headerLine() : lines.get(v.position()),
                            v.position() < 0 ? "" : column(v.field()).toString(), v.value(), v.message()))
                    .toList());
        }
    }

    /** The question of a row, or null after recording its problems on the reading. */
    private static Question question(RowReading row, String section) {
        String variable = row.required(VARIABLE, Question::checkVariable);
        String label = row.required(LABEL, t -> Question.oneLine(field("field.label"), Question.checkLabel(t)));
        QuestionType type = row.required(TYPE, QuestionType::parse);
        List<Choice> choices = row.optional(CHOICES, t -> Choice.parseList(Question.oneLine(field("field.choices"), t)))
                .orElse(ImmutableList.of());
        boolean required = row.optional(REQUIRED, DataDictionary::yesNo).orElse(false);
        Optional<Condition> showIf = row.optional(SHOW_IF, ShowIf::parse);
        Optional<String> min = Optional.empty();
        Optional<String> max = Optional.empty();
        if (type != null) {
            checked(row, CHOICES, () -> Question.checkChoices(type, choices));
            min = row.optional(MIN, v -> Question.checkBound(type, v));
            max = row.optional(MAX, v -> Question.checkBound(type, v));
        }
        if (!row.ok()) {
            return null;
        }
        try {
            return new Question(variable, section, label, type, ImmutableList.copyOf(choices), required, min, max,
                    showIf);
        } catch (DomainException e) {
            row.problem(e.text());
            return null;
        }
    }

    /** What a text of the questionnaire is, for a message. */
    private static Message field(String key) {
        return Message.of(Question.class, key);
    }

    /** The column of the dictionary that holds a part of a question. */
    private static Column column(QuestionnaireException.Field field) {
        return switch (field) {
            case VARIABLE -> VARIABLE;
            case MIN -> MIN;
            case MAX -> MAX;
            case SHOW_IF -> SHOW_IF;
        };
    }

    private static void checked(RowReading row, Column column, Runnable check) {
        try {
            check.run();
        } catch (DomainException e) {
            row.problem(column, e.text());
        }
    }

    /** {@code y}/{@code n} (also yes/no, ja/nej, j, true/false, 1/0) in any case. */
    static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "j", "ja", "true", "1" -> true;
            case "n", "no", "nej", "false", "0" -> false;
            default -> throw new DomainException(Message.of(DataDictionary.class, "dictionary.required", text.strip()));
        };
    }
}
