package se.coompanion.sesi.domain.survey.entry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a keyed form is checked against, for the DATE questions whose min or max is {@code sent} or
 * {@code received} (a form cannot be filled in before the questionnaire was sent, nor after it came back).
 *
 * @param sent     the day the unit was first sent the questionnaire, when known
 * @param received the day the form came back, when known
 */
public record FormDates(Optional<LocalDate> sent, Optional<LocalDate> received) {

    /** Nothing known: only bounds that are values or other answers are checked. */
    public static final FormDates UNKNOWN = new FormDates(Optional.empty(), Optional.empty());

    public FormDates {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(received, "received");
    }

    public static FormDates of(LocalDate sent, LocalDate received) {
        return new FormDates(Optional.of(sent), Optional.of(received));
    }
}
