package se.coompanion.sesi.domain.shared;

/**
 * A rule of the model was broken. The message says what was wrong, the value, and what is allowed, in
 * English through {@link #getMessage()} and in the process's language through {@link #getLocalizedMessage()}.
 */
public class DomainException extends LocalizedException {

    public DomainException(Message text) {
        super(text);
    }
}
