package se.coompanion.sesi.application.shared;

import se.coompanion.sesi.domain.shared.LocalizedException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What a use case throws when the request cannot be done: bad input, something not found, or a conflict
 * with the stored state. The three subclasses are the only exceptions that leave a use case, except bugs.
 */
public abstract class SesiException extends LocalizedException {

    protected SesiException(Message text) {
        super(text);
    }

    protected SesiException(Message text, Throwable cause) {
        super(text, cause);
    }
}
