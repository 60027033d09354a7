package se.coompanion.sesi.domain.needs;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A request the assessment's current status does not allow: the status it already has, a step back without a
 * reopening, new needs after validation. The request is well formed; the state is wrong.
 */
public class StatusFlowException extends DomainException {

    public StatusFlowException(Message text) {
        super(text);
    }
}
