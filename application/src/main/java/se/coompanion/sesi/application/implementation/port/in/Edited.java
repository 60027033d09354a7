package se.coompanion.sesi.application.implementation.port.in;

import java.util.Objects;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;

/**
 * What an edit of the draft answers.
 *
 * @param draft   the draft as stored after the edit
 * @param changed the part changed, as people write it: {@code 3} for an aim or risk, {@code A2} for an activity,
 *                {@code A2/3} for a result, an actor's key for a partner, a target group or a principle code
 */
public record Edited(ImplementationDraft draft, String changed) {

    public Edited {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(changed, "changed");
    }
}
