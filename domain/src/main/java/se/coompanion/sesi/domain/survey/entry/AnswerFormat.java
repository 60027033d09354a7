package se.coompanion.sesi.domain.survey.entry;

import com.google.common.base.Splitter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;

/**
 * How an answer is keyed and the canonical text it is stored as, by question type (cli.md, data entry):
 * <ul>
 * <li>SINGLE, LIKERT_5: one code of the question's choices ({@code 2}; a leading zero is dropped);</li>
 * <li>MULTI: the ticked codes joined with {@code |} ({@code 3|1}), stored in the order of the choices
 *     ({@code 1|3}); a code written twice or an empty part is an error;</li>
 * <li>INTEGER: a whole number, digits grouped by spaces allowed ({@code 1 200}), within min and max;</li>
 * <li>DECIMAL: a number with {@code ,} or {@code .} as decimal mark ({@code 2,5}), stored without trailing zeros
 *     ({@code 2.5}), within min and max;</li>
 * <li>DATE: {@code yyyy-mm-dd}, a day that exists, within min and max;</li>
 * <li>TEXT: any text up to {@value #MAX_TEXT} characters; white space at the ends is removed and every run of white
 *     space (line breaks too) becomes one space, so that two passes of the same handwriting compare equal.</li>
 * </ul>
 * A blank value is not answered ({@code ""}). A value that does not fit is a {@link DomainException} saying what is
 * allowed.
 */
public final class AnswerFormat {

    /** Longest text answer accepted. */
    public static final int MAX_TEXT = 2000;

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}([.,][0-9]{1,10})?");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}([ \u00a0\u202f][0-9]{3})+([.,][0-9]+)?");
    private static final Pattern CODE = Pattern.compile("[0-9]{1,7}");

    private AnswerFormat() {
    }

    /** The answer's canonical text, or {@code ""} when the value is blank. */
    public static String canonical(Question question, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return "";
        }
        return switch (question.type()) {
            case SINGLE, LIKERT_5 -> code(question, value);
            case MULTI -> ticked(question, value);
            case INTEGER -> integer(question, value);
            case DECIMAL -> decimal(question, value);
            case DATE -> date(question, value);
            case TEXT -> text(value);
        };
    }

    /** A stored number in its canonical text: no trailing zeros, never an exponent ({@code 120}, {@code 2.5}). */
    public static String number(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    private static String code(Question question, String value) {
        String code = normalisedCode(value);
        if (question.choice(code).isEmpty()) {
            throw new DomainException(message("answer.code", value, codes(question)));
        }
        return code;
    }

    private static String ticked(Question question, String value) {
        Set<String> ticked = new HashSet<>();
        for (String part : Splitter.on('|').trimResults().split(value)) {
            if (part.isEmpty()) {
                throw new DomainException(message("answer.multiShape", value, question.choiceCodes().get(0)));
            }
            String code = normalisedCode(part);
            if (question.choice(code).isEmpty()) {
                throw new DomainException(part.contains(",") || part.contains(";")
                        ? message("answer.multiShape", value, question.choiceCodes().get(0))
                        : message("answer.code", part, codes(question)));
            }
            if (!ticked.add(code)) {
                throw new DomainException(message("answer.multiTwice", code));
            }
        }
        return question.choices().stream().map(Choice::code).filter(ticked::contains)
                .collect(Collectors.joining("|"));
    }

    private static String integer(Question question, String value) {
        String plain = ungrouped(value);
        if (!INTEGER.matcher(plain).matches()) {
            throw new DomainException(message("answer.integer", value));
        }
        BigDecimal number = new BigDecimal(new BigInteger(plain));
        checkRange(question, value, number);
        return number(number);
    }

    private static String decimal(Question question, String value) {
        String plain = ungrouped(value);
        if (!DECIMAL.matcher(plain).matches()) {
            throw new DomainException(message("answer.decimal", value));
        }
        BigDecimal number = new BigDecimal(plain.replace(',', '.'));
        checkRange(question, value, number);
        return number(number);
    }

    private static String date(Question question, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainException(message("answer.date", value));
        }
        Optional<LocalDate> min = fixedMin(question).map(LocalDate::parse);
        Optional<LocalDate> max = fixedMax(question).map(LocalDate::parse);
        if (min.isPresent() && date.isBefore(min.get()) || max.isPresent() && date.isAfter(max.get())) {
            throw new DomainException(range(question, value));
        }
        return date.toString();
    }

    private static String text(String value) {
        String collapsed = value.replaceAll("\\s+", " ");
        if (collapsed.length() > MAX_TEXT) {
            throw new DomainException(message("answer.textTooLong", collapsed.length(), MAX_TEXT));
        }
        return collapsed;
    }

    private static void checkRange(Question question, String value, BigDecimal number) {
        Optional<BigDecimal> min = fixedMin(question).map(BigDecimal::new);
        Optional<BigDecimal> max = fixedMax(question).map(BigDecimal::new);
        if (min.isPresent() && number.compareTo(min.get()) < 0 || max.isPresent() && number.compareTo(max.get()) > 0) {
            throw new DomainException(range(question, value));
        }
    }

    private static Message range(Question question, String value) {
        Optional<String> min = fixedMin(question);
        Optional<String> max = fixedMax(question);
        if (min.isPresent() && max.isPresent()) {
            return message("answer.between", value, min.get(), max.get());
        }
        return min.isPresent() ? message("answer.atLeast", value, min.get())
                : message("answer.atMost", value, max.orElseThrow());
    }

    /** The smallest answer as a value of its own; a bound that is another answer is checked by {@link FormCheck}. */
    private static Optional<String> fixedMin(Question question) {
        return question.min().filter(Question::isFixed);
    }

    private static Optional<String> fixedMax(Question question) {
        return question.max().filter(Question::isFixed);
    }

    /** "007" is code 7; anything that is not digits stays as written (and is then no code). */
    private static String normalisedCode(String value) {
        if (CODE.matcher(value).matches()) {
            return new BigInteger(value).toString();
        }
        return value;
    }

    /** Digits grouped in threes by spaces ("1 200") written without them; anything else as it is. */
    private static String ungrouped(String value) {
        return GROUPED.matcher(value).matches() ? value.replaceAll("[ \u00a0\u202f]", "") : value;
    }

    private static String codes(Question question) {
        List<String> codes = new ArrayList<>();
        for (Choice choice : question.choices()) {
            codes.add(choice.code() + " " + choice.label());
        }
        String all = String.join(", ", codes);
        return all.length() <= 200 ? all : String.join(", ", question.choiceCodes());
    }

    private static Message message(String key, Object... args) {
        return Message.of(AnswerFormat.class, key, args);
    }
}
