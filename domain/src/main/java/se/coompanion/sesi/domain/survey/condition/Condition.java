package se.coompanion.sesi.domain.survey.condition;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A show-if condition (branching) of a question, as a small syntax tree made by {@link ShowIf#parse}: comparisons
 * joined with {@code and} and {@code or}. {@link #test} evaluates it against the answers of one questionnaire;
 * {@code toString()} writes it back in its canonical form.
 *
 * <p>How a comparison is evaluated (the rules of REDCap, whose dictionary format this is):
 * <ul>
 * <li>an unanswered question's value is {@code ''}: {@code [q3] = ''} is true and {@code [q3] <> '1'} is true when
 *     q3 was not answered; an ordering ({@code > < >= <=}) with an unanswered side is false;</li>
 * <li>a MULTI option {@code [q5(2)]} is {@code '1'} when ticked and {@code '0'} otherwise;</li>
 * <li>two numbers compare as numbers ({@code '2.50' = '2.5'}), two ISO dates as dates, anything else as text.</li>
 * </ul>
 */
public sealed interface Condition permits Condition.Comparison, Condition.And, Condition.Or {

    /** True when the question is to be shown for these answers. */
    boolean test(Answers answers);

    /** Every reference in the condition, left to right. */
    ImmutableList<Comparison> comparisons();

    /** {@code [reference] operator 'literal'}. */
    record Comparison(Reference reference, Operator operator, String literal) implements Condition {

        private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        public Comparison {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(literal, "literal");
        }

        @Override
        public boolean test(Answers answers) {
            String actual = reference.valueIn(answers);
            if (actual.isEmpty() || literal.isEmpty()) {
                return !operator.isOrdering() && operator.holds(actual.equals(literal) ? 0 : 1);
            }
            Optional<Integer> ordered = compareOrdered(actual, literal);
            if (ordered.isPresent()) {
                return operator.holds(ordered.get());
            }
            return !operator.isOrdering() && operator.holds(actual.equals(literal) ? 0 : 1);
        }

        @Override
        public ImmutableList<Comparison> comparisons() {
            return ImmutableList.of(this);
        }

        /** True when the literal is a number as conditions write them. */
        public static boolean isNumber(String text) {
            return NUMBER.matcher(text).matches();
        }

        /** True when the literal is an ISO date (yyyy-mm-dd) that exists. */
        public static boolean isDate(String text) {
            return parseDate(text).isPresent();
        }

        private static Optional<Integer> compareOrdered(String a, String b) {
            if (isNumber(a) && isNumber(b)) {
                return Optional.of(new BigDecimal(a).compareTo(new BigDecimal(b)));
            }
            Optional<LocalDate> dateA = parseDate(a);
            Optional<LocalDate> dateB = parseDate(b);
            if (dateA.isPresent() && dateB.isPresent()) {
                return Optional.of(dateA.get().compareTo(dateB.get()));
            }
            return Optional.empty();
        }

        private static Optional<LocalDate> parseDate(String text) {
            if (!DATE.matcher(text).matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            String quote = literal.indexOf('\'') >= 0 ? "\"" : "'";
            return reference + " " + operator.symbol() + " " + quote + literal + quote;
        }
    }

    /** Both sides hold. */
    record And(Condition left, Condition right) implements Condition {

        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean test(Answers answers) {
            return left.test(answers) && right.test(answers);
        }

        @Override
        public ImmutableList<Comparison> comparisons() {
            return ImmutableList.<Comparison>builder().addAll(left.comparisons()).addAll(right.comparisons()).build();
        }

        /**
         * {@code and} binds tighter than {@code or}, and both group from the left: an {@code or} inside, or an
         * {@code and} on the right, is written in parentheses, so that the text reads back as the same tree.
         */
        @Override
        public String toString() {
            String l = left instanceof Or ? "(" + left + ")" : left.toString();
            String r = right instanceof Comparison ? right.toString() : "(" + right + ")";
            return l + " and " + r;
        }
    }

    /** Either side holds. */
    record Or(Condition left, Condition right) implements Condition {

        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean test(Answers answers) {
            return left.test(answers) || right.test(answers);
        }

        @Override
        public ImmutableList<Comparison> comparisons() {
            return ImmutableList.<Comparison>builder().addAll(left.comparisons()).addAll(right.comparisons()).build();
        }

        /** An {@code or} on the right is written in parentheses, so that the text reads back as the same tree. */
        @Override
        public String toString() {
            return left + " or " + (right instanceof Or ? "(" + right + ")" : right.toString());
        }
    }
}
