package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.QuestionnaireException.Field;
import se.coompanion.sesi.domain.survey.QuestionnaireException.Violation;
import se.coompanion.sesi.domain.survey.condition.Answers;
import se.coompanion.sesi.domain.survey.condition.Condition;

/**
 * The questions of the postal survey, in the order of the form. Rules across questions, all checked when it is
 * made (every broken rule reported at once in a {@link QuestionnaireException}):
 * <ul>
 * <li>at least one question, at most {@value #MAX_QUESTIONS}; each variable once;</li>
 * <li>a show-if condition refers only to earlier questions (never to its own or a later one, so that the form
 *     can be filled in from top to bottom);</li>
 * <li>{@code [q5(2)]} names an option of a MULTI question and is compared with '1' (ticked) or '0'; a MULTI
 *     question is only tested option by option;</li>
 * <li>the value compared must be one the question can have: a code of a SINGLE or LIKERT_5 question, a whole
 *     number for INTEGER, a number for DECIMAL, a date for DATE, or '' (not answered);</li>
 * <li>{@code > < >= <=} only for ordered answers (LIKERT_5, INTEGER, DECIMAL, DATE) and never with ''.</li>
 * <li>a min or max that is another answer ({@code [ledamoter]}) names an earlier question of the same kind: a
 *     number (INTEGER or DECIMAL) for a number, a DATE for a date.</li>
 * </ul>
 * Two questionnaires are equal when their questions are: that is how loading the same dictionary again is
 * recognised.
 *
 * @param questions the questions, in order
 */
public record Questionnaire(ImmutableList<Question> questions) {

    public static final int MAX_QUESTIONS = 500;

    public Questionnaire {
        questions = ImmutableList.copyOf(questions);
        List<Violation> violations = check(questions);
        if (!violations.isEmpty()) {
            throw new QuestionnaireException(violations);
        }
    }

    public static Questionnaire of(List<Question> questions) {
        return new Questionnaire(ImmutableList.copyOf(questions));
    }

    public Optional<Question> question(String variable) {
        return questions.stream().filter(q -> q.variable().equals(variable)).findFirst();
    }

    /** True when the question is shown for the answers (its show-if holds, or it has none). */
    public boolean isShown(Question question, Answers answers) {
        return question.showIf().map(c -> c.test(answers)).orElse(true);
    }

    /** The questions shown for the answers, in order. */
    public ImmutableList<Question> shownFor(Answers answers) {
        return questions.stream().filter(q -> isShown(q, answers)).collect(ImmutableList.toImmutableList());
    }

    /** How many questions have a show-if condition. */
    public int conditionalQuestions() {
        return (int) questions.stream().filter(q -> q.showIf().isPresent()).count();
    }

    private static List<Violation> check(List<Question> questions) {
        List<Violation> violations = new ArrayList<>();
        if (questions.isEmpty()) {
            violations.add(new Violation(-1, Field.VARIABLE, "", Message.of(Questionnaire.class, "questionnaire.empty")));
            return violations;
        }
        if (questions.size() > MAX_QUESTIONS) {
            violations.add(new Violation(-1, Field.VARIABLE, "", Message.of(Questionnaire.class,
                    "questionnaire.tooMany", questions.size(), MAX_QUESTIONS)));
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer first = positions.putIfAbsent(questions.get(i).variable(), i);
            if (first != null) {
                violations.add(new Violation(i, Field.VARIABLE, questions.get(i).variable(), Message.of(
                        Questionnaire.class, "questionnaire.variableTwice", questions.get(i).variable(), first + 1)));
            }
        }
        ImmutableMap<String, Integer> index = ImmutableMap.copyOf(positions);
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            int position = i;
            question.min().flatMap(Question::reference).flatMap(v -> checkBound(position, v, questions, index))
                    .ifPresent(m -> violations.add(new Violation(position, Field.MIN, question.min().get(), m)));
            question.max().flatMap(Question::reference).flatMap(v -> checkBound(position, v, questions, index))
                    .ifPresent(m -> violations.add(new Violation(position, Field.MAX, question.max().get(), m)));
            if (question.showIf().isEmpty()) {
                continue;
            }
            for (Condition.Comparison comparison : question.showIf().get().comparisons()) {
                checkComparison(position, comparison, questions, index)
                        .ifPresent(m -> violations.add(new Violation(position, Field.SHOW_IF,
                                comparison.toString(), m)));
            }
        }
        return violations;
    }

    private static Optional<Message> checkComparison(int position, Condition.Comparison comparison,
            List<Question> questions, Map<String, Integer> index) {
        String variable = comparison.reference().variable();
        Integer target = index.get(variable);
        if (target == null) {
            return Optional.of(message("showIf.unknownVariable", variable));
        }
        if (target == position) {
            return Optional.of(message("showIf.self", variable));
        }
        if (target > position) {
            return Optional.of(message("showIf.later", variable, target + 1, position + 1));
        }
        Question tested = questions.get(target);
        String literal = comparison.literal();
        boolean ordering = comparison.operator().isOrdering();
        Optional<String> option = comparison.reference().option();
        if (option.isPresent()) {
            if (tested.type() != QuestionType.MULTI) {
                return Optional.of(message("showIf.optionOfNonMulti", comparison.reference(), variable, tested.type()));
            }
            if (tested.choice(option.get()).isEmpty()) {
                return Optional.of(message("showIf.unknownOption", variable, option.get(),
                        String.join(", ", tested.choiceCodes())));
            }
            if (ordering || !(literal.equals("1") || literal.equals("0"))) {
                return Optional.of(message("showIf.optionValue", comparison.reference()));
            }
            return Optional.empty();
        }
        if (tested.type() == QuestionType.MULTI) {
            return Optional.of(message("showIf.multiWithoutOption", variable, tested.choiceCodes().get(0)));
        }
        if (ordering && !tested.type().isOrdered()) {
            return Optional.of(message("showIf.orderingNotOrdered", comparison.operator().symbol(), variable,
                    tested.type()));
        }
        if (literal.isEmpty()) {
            return ordering ? Optional.of(message("showIf.orderingEmpty", comparison.operator().symbol()))
                    : Optional.empty();
        }
        return switch (tested.type()) {
            case SINGLE, LIKERT_5 -> tested.choice(literal).isPresent() ? Optional.empty()
                    : Optional.of(message("showIf.unknownCode", variable, literal,
                            String.join(", ", tested.choiceCodes())));
            case INTEGER -> literal.matches("-?[0-9]+") ? Optional.empty()
                    : Optional.of(message("showIf.notInteger", variable, literal));
            case DECIMAL -> Condition.Comparison.isNumber(literal) ? Optional.empty()
                    : Optional.of(message("showIf.notNumber", variable, literal));
            case DATE -> Condition.Comparison.isDate(literal) ? Optional.empty()
                    : Optional.of(message("showIf.notDate", variable, literal));
            case TEXT, MULTI -> Optional.empty();
        };
    }

    /** A min or max that is the answer to {@code variable}: an earlier question of the same kind. */
    private static Optional<Message> checkBound(int position, String variable, List<Question> questions,
            Map<String, Integer> index) {
        Integer target = index.get(variable);
        if (target == null) {
            return Optional.of(message("bound.unknownVariable", variable));
        }
        if (target >= position) {
            return Optional.of(message("bound.notEarlier", variable, target + 1, position + 1));
        }
        QuestionType own = questions.get(position).type();
        QuestionType other = questions.get(target).type();
        boolean numbers = own != QuestionType.DATE && other != QuestionType.DATE && other.hasRange();
        boolean dates = own == QuestionType.DATE && other == QuestionType.DATE;
        return numbers || dates ? Optional.empty()
                : Optional.of(message("bound.otherKind", variable, other, own));
    }

    private static Message message(String key, Object... args) {
        return Message.of(Questionnaire.class, key, args);
    }
}
