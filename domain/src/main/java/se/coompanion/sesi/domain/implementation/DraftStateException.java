package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A change the draft's state does not allow: editing a merged activity, merging into a dropped one, answering a
 * letter of intent twice. The request is well formed; the state is wrong.
 */
public class DraftStateException extends DomainException {

    public DraftStateException(Message text) {
        super(text);
    }
}
