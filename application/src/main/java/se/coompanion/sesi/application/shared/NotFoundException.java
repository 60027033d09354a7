package se.coompanion.sesi.application.shared;

import se.coompanion.sesi.domain.shared.Message;

/** Something the request names does not exist: no pre-study yet, an unknown actor, response id, ... */
public class NotFoundException extends SesiException {

    public NotFoundException(Message text) {
        super(text);
    }
}
