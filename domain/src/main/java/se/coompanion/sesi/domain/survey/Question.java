package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.VisibleText;
import se.coompanion.sesi.domain.survey.condition.Condition;

/**
 * One question of the questionnaire: a row of the data dictionary.
 *
 * @param variable the variable name: lower case letters, digits and underscores, starting with a letter, at most
 *                 {@value #MAX_VARIABLE} characters, never {@code ___} (which names MULTI export columns)
 * @param section  the section of the form it is printed in (may be empty)
 * @param label    the question as printed
 * @param type     the kind of answer
 * @param choices  the answers of a SINGLE, MULTI or LIKERT_5 question (none for the other types); a LIKERT_5
 *                 question has the points 1-5 (labelled "1" to "5" when the dictionary gives no labels) and may
 *                 have further non-substantive codes such as 9 "Vet ej"
 * @param required whether an answer is required when the question is shown
 * @param min      the smallest answer allowed (INTEGER, DECIMAL, DATE), in canonical form: a value, the answer to an
 *                 earlier question ({@code [variable]}), or for a DATE question {@code sent} (the day the unit was
 *                 sent the questionnaire) or {@code received} (the day the form came back)
 * @param max      the largest answer allowed, written as {@code min}
 * @param showIf   when the question is shown; always when empty
 */
public record Question(String variable, String section, String label, QuestionType type,
        ImmutableList<Choice> choices, boolean required, Optional<String> min, Optional<String> max,
        Optional<Condition> showIf) {

    public static final int MAX_VARIABLE = 32;
    public static final int MAX_LABEL = 2000;
    public static final int MAX_SECTION = 300;
    /** Most choices a question may have. */
    public static final int MAX_CHOICES = 100;

    /** The variable of the data-entry and export files that holds the response id; no question may use it. */
    public static final String RESPONSE_ID_VARIABLE = "response_id";

    /**
     * Names no question may use: the columns the export's {@code data.csv} writes for every return beside the
     * questions, and {@code county}, which {@code survey results --by} reads as the grouping by county.
     */
    public static final ImmutableSet<String> RESERVED_VARIABLES = ImmutableSet.of(RESPONSE_ID_VARIABLE,
            "questionnaire_version", "completeness", "municipality_code", "county_code", "legal_form", "county");

    /** A bound that is the day the unit was sent the questionnaire (DATE questions). */
    public static final String SENT = "sent";
    /** A bound that is the day the form came back (DATE questions). */
    public static final String RECEIVED = "received";

    private static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\s*([a-z][a-z0-9_]*)\\s*]");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}([.,][0-9]{1,10})?");
    private static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    public Question {
        variable = checkVariable(variable);
        section = section == null ? "" : section.strip();
        if (section.length() > MAX_SECTION) {
            throw new DomainException(Message.of(Question.class, "question.sectionTooLong", section.length(),
                    MAX_SECTION));
        }
        label = checkLabel(label);
        Objects.requireNonNull(type, "type");
        choices = checkChoices(type, choices);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        min = min.map(m -> checkBound(type, m));
        max = max.map(m -> checkBound(type, m));
        checkOrder(type, min, max);
        Objects.requireNonNull(showIf, "showIf");
    }

    /** A variable name as the dictionary allows it. */
    public static String checkVariable(String variable) {
        String name = variable == null ? "" : variable.strip();
        if (name.isEmpty()) {
            throw new DomainException(Message.of(Question.class, "question.variableEmpty"));
        }
        if (name.length() > MAX_VARIABLE || !VARIABLE.matcher(name).matches() || name.contains("___")) {
            throw new DomainException(Message.of(Question.class, "question.variableShape", name, MAX_VARIABLE));
        }
        if (RESERVED_VARIABLES.contains(name)) {
            throw new DomainException(Message.of(Question.class, "question.variableReserved", name,
                    String.join(", ", RESERVED_VARIABLES)));
        }
        return name;
    }

    /** A label as the dictionary allows it: not blank, at most {@value #MAX_LABEL} characters. */
    public static String checkLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new DomainException(Message.of(Question.class, "question.labelEmpty"));
        }
        String stripped = label.strip();
        if (stripped.length() > MAX_LABEL) {
            throw new DomainException(Message.of(Question.class, "question.labelTooLong", stripped.length(),
                    MAX_LABEL));
        }
        return stripped;
    }

    /**
     * A text of the questionnaire as a data dictionary may give it (a label, a section, the choices) is one line of
     * visible text: no control character (a line break, a tab, an escape), no line or paragraph separator, nothing
     * that changes the direction of writing or has no width. The form prints it, and the export writes it into SPSS
     * syntax and an R script, where a line break would end a string and let the rest of the text be read as
     * commands. Checked when a dictionary is loaded (a questionnaire stored by an earlier release still loads, and
     * the export escapes what it holds).
     *
     * @param field what the text is, for the message ("The label")
     */
    public static String oneLine(Message field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                throw new DomainException(Message.of(Question.class, "question.control", field,
                        VisibleText.codePoint(c)));
            }
        }
        VisibleText.hidden(text).ifPresent(c -> {
            throw new DomainException(Message.of(Question.class, "question.hidden", field, VisibleText.codePoint(c)));
        });
        return text;
    }

    /** The choices a question of the type has: given for SINGLE and MULTI, the scale for LIKERT_5, none else. */
    public static ImmutableList<Choice> checkChoices(QuestionType type, List<Choice> given) {
        ImmutableList<Choice> choices = ImmutableList.copyOf(given);
        if (choices.size() > MAX_CHOICES) {
            throw new DomainException(Message.of(Question.class, "question.tooManyChoices", choices.size(),
                    MAX_CHOICES));
        }
        long distinct = choices.stream().map(Choice::code).distinct().count();
        if (distinct != choices.size()) {
            throw new DomainException(Message.of(Question.class, "question.choicesTwice"));
        }
        return switch (type) {
            case SINGLE -> {
                if (choices.size() < 2) {
                    throw new DomainException(Message.of(Question.class, "question.singleChoices"));
                }
                yield choices;
            }
            case MULTI -> {
                if (choices.isEmpty()) {
                    throw new DomainException(Message.of(Question.class, "question.multiChoices"));
                }
                yield choices;
            }
            case LIKERT_5 -> {
                if (choices.isEmpty()) {
                    yield SCALE.stream().map(c -> new Choice(c, c)).collect(ImmutableList.toImmutableList());
                }
                Set<String> codes = choices.stream().map(Choice::code).collect(Collectors.toSet());
                if (!codes.containsAll(SCALE)) {
                    throw new DomainException(Message.of(Question.class, "question.likertChoices",
                            Choice.format(choices)));
                }
                yield choices;
            }
            case INTEGER, DECIMAL, TEXT, DATE -> {
                if (!choices.isEmpty()) {
                    throw new DomainException(Message.of(Question.class, "question.noChoices", type));
                }
                yield choices;
            }
        };
    }

    /**
     * A min or max in canonical form: a whole number, a decimal with a point, or an ISO date; or the answer to another
     * question, {@code [variable]} (which the questionnaire checks is an earlier question of the same kind); or for a
     * DATE question {@link #SENT} or {@link #RECEIVED} (any case).
     */
    public static String checkBound(QuestionType type, String bound) {
        String value = bound == null ? "" : bound.strip();
        if (!type.hasRange()) {
            throw new DomainException(Message.of(Question.class, "question.rangeType", type, value));
        }
        Matcher reference = REFERENCE.matcher(value.toLowerCase(Locale.ROOT));
        if (reference.matches()) {
            return "[" + reference.group(1) + "]";
        }
        if (type == QuestionType.DATE && (value.equalsIgnoreCase(SENT) || value.equalsIgnoreCase(RECEIVED))) {
            return value.toLowerCase(Locale.ROOT);
        }
        switch (type) {
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) {
                    throw new DomainException(Message.of(Question.class, "question.boundInteger", value));
                }
                return new BigInteger(value).toString();
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(value).matches()) {
                    throw new DomainException(Message.of(Question.class, "question.boundDecimal", value));
                }
                BigDecimal number = new BigDecimal(value.replace(',', '.')).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            }
            default -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new DomainException(Message.of(Question.class, "question.boundDate", value));
                }
            }
        }
    }

    /** The variable a bound refers to ({@code [ledamoter]}), if it is one. */
    public static Optional<String> reference(String bound) {
        return bound.startsWith("[") ? Optional.of(bound.substring(1, bound.length() - 1)) : Optional.empty();
    }

    /** True for a bound that is a value of its own (a number or a date), not another answer or a day of the form. */
    public static boolean isFixed(String bound) {
        return !bound.startsWith("[") && !bound.equals(SENT) && !bound.equals(RECEIVED);
    }

    private static void checkOrder(QuestionType type, Optional<String> min, Optional<String> max) {
        if (min.isEmpty() || max.isEmpty() || !isFixed(min.get()) || !isFixed(max.get())) {
            return;
        }
        int order = type == QuestionType.DATE ? LocalDate.parse(min.get()).compareTo(LocalDate.parse(max.get()))
                : new BigDecimal(min.get()).compareTo(new BigDecimal(max.get()));
        if (order > 0) {
            throw new DomainException(Message.of(Question.class, "question.rangeOrder", min.get(), max.get()));
        }
    }

    /** The choice with the code, if the question has it. */
    public Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The codes of the choices, in order. */
    public ImmutableList<String> choiceCodes() {
        return choices.stream().map(Choice::code).collect(ImmutableList.toImmutableList());
    }

    /** For a LIKERT_5 question: true when the code is a point of the scale (1-5) rather than e.g. "Vet ej". */
    public boolean isScalePoint(String code) {
        return type == QuestionType.LIKERT_5 && SCALE.contains(code);
    }
}
