package se.coompanion.sesi.adapters.documents.survey.results;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.condition.Condition;

/**
 * A question's show-if condition in words for people, with the questions and answers it refers to named as the form
 * names them: {@code [verksamhet(7)] = '1'} is "Ställs till den som kryssat i "Annat område"", and
 * {@code [anstallda] > '0'} is "Ställs till den som svarat mer än 0 på "Hur många personer är anställda ..."".
 * A variable the questionnaire does not have is named by its variable (the condition is still shown).
 */
public final class ConditionText {

    private final Map<String, Question> questions = new HashMap<>();
    private final Locale locale;

    /**
     * @param questions the questionnaire's questions, which the conditions refer to
     * @param locale    the reader's language
     */
    public ConditionText(List<Question> questions, Locale locale) {
        questions.forEach(q -> this.questions.put(q.variable(), q));
        this.locale = locale;
    }

    /** "Ställs till den som ..." for the question's condition, if it has one. */
    public Optional<String> of(Question question) {
        return question.showIf().map(c -> text("condition.sentence", words(c, false)));
    }

    private String words(Condition condition, boolean nested) {
        if (condition instanceof Condition.And and) {
            return words(and.left(), true) + text("condition.and") + words(and.right(), true);
        }
        if (condition instanceof Condition.Or or) {
            String both = words(or.left(), false) + text("condition.or") + words(or.right(), false);
            return nested ? "(" + both + ")" : both;
        }
        return comparison((Condition.Comparison) condition);
    }

    private String comparison(Condition.Comparison c) {
        Optional<Question> question = Optional.ofNullable(questions.get(c.reference().variable()));
        String named = question.map(q -> quoted(q.label())).orElse(c.reference().variable());
        if (c.reference().option().isPresent()) {
            String code = c.reference().option().get();
            String option = question.flatMap(q -> label(q, code)).map(this::quoted)
                    .orElse(text("condition.optionOf", code, named));
            boolean ticked = switch (c.operator()) {
                case EQUAL -> c.literal().equals("1");
                case NOT_EQUAL -> !c.literal().equals("1");
                default -> true;
            };
            return text(ticked ? "condition.ticked" : "condition.notTicked", option);
        }
        if (c.literal().isEmpty()) {
            return text(switch (c.operator()) {
                case EQUAL -> "condition.unanswered";
                default -> "condition.answeredAny";
            }, named);
        }
        String value = question.filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.LIKERT_5)
                .flatMap(q -> label(q, c.literal())).map(this::quoted).orElse(c.literal());
        return text("condition." + c.operator().name(), value, named);
    }

    private String quoted(String text) {
        return text("condition.quoted", text);
    }

    private static Optional<String> label(Question question, String code) {
        return question.choices().stream().filter(ch -> ch.code().equals(code)).map(Choice::label).findFirst();
    }

    private String text(String key, Object... args) {
        return Message.of(ConditionText.class, key, args).format(locale);
    }
}
