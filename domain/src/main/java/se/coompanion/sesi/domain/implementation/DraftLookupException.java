package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** A part of the draft that a change names does not exist: an activity, aim, result, partner or risk. */
public class DraftLookupException extends DomainException {

    public DraftLookupException(Message text) {
        super(text);
    }
}
