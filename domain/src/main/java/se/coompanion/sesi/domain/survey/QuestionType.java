package se.coompanion.sesi.domain.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** The kinds of question of the data dictionary. */
public enum QuestionType {
    /** One answer from a list of choices. */
    SINGLE,
    /** Any number of choices ticked (multiple response). */
    MULTI,
    /** A five-point scale with codes 1-5 (and possibly a non-substantive code such as 9 "Vet ej"). */
    LIKERT_5,
    /** A whole number, optionally between min and max. */
    INTEGER,
    /** A decimal number, optionally between min and max. */
    DECIMAL,
    /** Free text. */
    TEXT,
    /** A date (yyyy-mm-dd), optionally between min and max. */
    DATE;

    /** True for the types whose answers are codes from a list of choices. */
    public boolean hasChoices() {
        return this == SINGLE || this == MULTI || this == LIKERT_5;
    }

    /** True for the types that may have min and max. */
    public boolean hasRange() {
        return this == INTEGER || this == DECIMAL || this == DATE;
    }

    /** True for the types whose answers have an order, so that {@code > <} make sense in a condition. */
    public boolean isOrdered() {
        return this == LIKERT_5 || this == INTEGER || this == DECIMAL || this == DATE;
    }

    public static QuestionType parse(String text) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of(QuestionType.class, "type.unknown", text == null ? "" : text.strip(),
                    Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
