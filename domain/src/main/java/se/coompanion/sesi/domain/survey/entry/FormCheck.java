package se.coompanion.sesi.domain.survey.entry;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.condition.Condition;

/**
 * Checks a keyed form against the questionnaire version its unit was sent (domain.md, data entry), and reports
 * every problem at once:
 * <ul>
 * <li>a variable that is not a question of the version;</li>
 * <li>an answer that does not fit its question ({@link AnswerFormat}: type, choices, range);</li>
 * <li>an answer beyond a bound that is another answer ({@code ledamoter_kvinnor} at most {@code [ledamoter]}) or a
 *     day of the form ({@code ifylld} not before {@code sent}, not after {@code received}), when both are known;</li>
 * <li>an answer to a question the form hides for these answers (its show-if condition does not hold): the problem
 *     names the condition and the answers it tested. A question whose condition tests an answer that is itself wrong
 *     is not judged, so that one typo gives one problem;</li>
 * <li>a form with no answer at all (a blank returned form is recorded as a disposition, not keyed).</li>
 * </ul>
 * A required question that is shown but empty is no error: it decides the form's {@link Completeness}.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /**
     * @param problems every problem found, in the order of the questions
     * @param form     the checked form, when there is no problem
     */
    public record Outcome(List<AnswerProblem> problems, Optional<CheckedForm> form) {

        public Outcome {
            problems = List.copyOf(problems);
            if (problems.isEmpty() == form.isEmpty()) {
                throw new IllegalArgumentException("an outcome is either a form or its problems");
            }
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks keyed values.
     *
     * @param questionnaire the version the unit was sent
     * @param keyed         variable to value as keyed (a MULTI answer as codes joined with |); blank is not answered
     */
    public static Outcome check(Questionnaire questionnaire, Map<String, String> keyed) {
        return check(questionnaire, keyed, FormDates.UNKNOWN);
    }

    /**
     * Checks keyed values, with the days the bounds {@code sent} and {@code received} stand for.
     *
     * @param questionnaire the version the unit was sent
     * @param keyed         variable to value as keyed (a MULTI answer as codes joined with |); blank is not answered
     * @param dates         when the unit was sent the questionnaire and when the form came back
     */
    public static Outcome check(Questionnaire questionnaire, Map<String, String> keyed, FormDates dates) {
        List<AnswerProblem> problems = new ArrayList<>();
        keyed.forEach((variable, value) -> {
            if (questionnaire.question(variable).isEmpty() && value != null && !value.isBlank()) {
                problems.add(new AnswerProblem(variable, value.strip(), Message.of(FormCheck.class,
                        "form.unknownVariable", variable)));
            }
        });
        Map<String, String> canonical = new LinkedHashMap<>();
        Set<String> wrong = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            String value = keyed.getOrDefault(question.variable(), "");
            try {
                String answer = AnswerFormat.canonical(question, value);
                if (!answer.isEmpty()) {
                    canonical.put(question.variable(), answer);
                }
            } catch (DomainException e) {
                wrong.add(question.variable());
                problems.add(new AnswerProblem(question.variable(), value.strip(), e.text()));
            }
        }
        for (Question question : questionnaire.questions()) {
            String answer = canonical.get(question.variable());
            if (answer != null) {
                question.min().flatMap(b -> beyond(question, answer, b, true, canonical, wrong, dates))
                        .ifPresent(m -> problems.add(new AnswerProblem(question.variable(), answer, m)));
                question.max().flatMap(b -> beyond(question, answer, b, false, canonical, wrong, dates))
                        .ifPresent(m -> problems.add(new AnswerProblem(question.variable(), answer, m)));
            }
        }
        FormAnswers answers = FormAnswers.of(canonical);
        List<String> shown = new ArrayList<>();
        List<String> missingRequired = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Optional<Condition> condition = question.showIf();
            if (condition.isPresent() && testsAny(condition.get(), wrong)) {
                continue;
            }
            boolean isShown = questionnaire.isShown(question, answers);
            boolean answered = answers.answered(question.variable());
            if (isShown) {
                shown.add(question.variable());
                if (question.required() && !answered) {
                    missingRequired.add(question.variable());
                }
            } else if (answered) {
                problems.add(new AnswerProblem(question.variable(), answers.value(question.variable()),
                        Message.of(FormCheck.class, "form.hidden", condition.orElseThrow().toString(),
                                tested(condition.get(), answers))));
            }
        }
        if (problems.isEmpty() && answers.isEmpty()) {
            problems.add(new AnswerProblem("", "", Message.of(FormCheck.class, "form.blank")));
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, Optional.empty());
        }
        int answered = (int) shown.stream().filter(answers::answered).count();
        return new Outcome(List.of(), Optional.of(new CheckedForm(answers,
                Completeness.of(shown.size(), answered, missingRequired.size()), ImmutableList.copyOf(shown),
                ImmutableList.copyOf(missingRequired))));
    }

    /**
     * The problem when the answer lies beyond a bound that is another answer or a day of the form; empty when it does
     * not, when the bound is a value of its own ({@link AnswerFormat} checks those), or when what it is compared with
     * is not known (not answered, itself wrong, or a day not given).
     */
    private static Optional<Message> beyond(Question question, String answer, String bound, boolean min,
            Map<String, String> canonical, Set<String> wrong, FormDates dates) {
        Optional<String> variable = Question.reference(bound);
        Optional<String> other;
        if (variable.isPresent()) {
            other = wrong.contains(variable.get()) ? Optional.empty()
                    : Optional.ofNullable(canonical.get(variable.get()));
        } else if (bound.equals(Question.SENT)) {
            other = dates.sent().map(Object::toString);
        } else if (bound.equals(Question.RECEIVED)) {
            other = dates.received().map(Object::toString);
        } else {
            return Optional.empty();
        }
        if (other.isEmpty()) {
            return Optional.empty();
        }
        boolean date = question.type() == QuestionType.DATE;
        int order = date ? LocalDate.parse(answer).compareTo(LocalDate.parse(other.get()))
                : new BigDecimal(answer).compareTo(new BigDecimal(other.get()));
        if (min ? order >= 0 : order <= 0) {
            return Optional.empty();
        }
        if (variable.isPresent()) {
            String key = (date ? "form." : "form.number.") + (min ? "beforeAnswer" : "afterAnswer");
            return Optional.of(Message.of(FormCheck.class, key, answer, variable.get(), other.get()));
        }
        return Optional.of(Message.of(FormCheck.class, min ? "form.beforeSent" : "form.afterReceived", answer,
                other.get()));
    }

    private static boolean testsAny(Condition condition, Set<String> variables) {
        return condition.comparisons().stream().anyMatch(c -> variables.contains(c.reference().variable()));
    }

    /** What the condition tested, as the answers have it: {@code [q1] = '2', [q5(7)] = '0'}. */
    private static String tested(Condition condition, FormAnswers answers) {
        return condition.comparisons().stream().map(Condition.Comparison::reference).distinct()
                .map(r -> r + " = '" + r.option().map(o -> answers.ticked(r.variable(), o) ? "1" : "0")
                        .orElseGet(() -> answers.value(r.variable())) + "'")
                .collect(Collectors.joining(", "));
    }
}
