package se.coompanion.sesi.application.shared;

import se.coompanion.sesi.domain.shared.Message;

/**
 * The request clashes with what is stored: a duplicate, a step in the wrong state, or the database held by
 * another process.
 */
public class ConflictException extends SesiException {

    public ConflictException(Message text) {
        super(text);
    }

    public ConflictException(Message text, Throwable cause) {
        super(text, cause);
    }
}
