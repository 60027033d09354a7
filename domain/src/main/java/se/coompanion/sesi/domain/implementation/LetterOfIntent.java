package se.coompanion.sesi.domain.implementation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A partner's letter of intent: asked for on a day, then signed or declined on a day. A letter may come signed
 * without having been asked for (no request day); a signed or declined letter is never answered before it was asked
 * for. Asking again after a refusal starts a new request.
 *
 * @param state       requested, signed or declined
 * @param requestedOn the day it was asked for; required while REQUESTED
 * @param answeredOn  the day it was signed or declined; only then
 */
public record LetterOfIntent(LetterState state, Optional<LocalDate> requestedOn, Optional<LocalDate> answeredOn) {

    public LetterOfIntent {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (state == LetterState.REQUESTED && (requestedOn.isEmpty() || answeredOn.isPresent())) {
            throw new IllegalArgumentException("a requested letter has a request day and no answer day");
        }
        if (state != LetterState.REQUESTED && answeredOn.isEmpty()) {
            throw new IllegalArgumentException("a " + state + " letter has an answer day");
        }
        if (requestedOn.isPresent() && answeredOn.isPresent() && answeredOn.get().isBefore(requestedOn.get())) {
            throw new DomainException(Message.of(LetterOfIntent.class, "letter.beforeRequest", state.title(),
                    answeredOn.get(), requestedOn.get()));
        }
    }

    /** A letter asked for on the day. */
    public static LetterOfIntent requested(LocalDate on) {
        return new LetterOfIntent(LetterState.REQUESTED, Optional.of(on), Optional.empty());
    }

    /**
     * The letter after the next step: asked for (again), signed or declined on the day.
     *
     * @param current the letter so far; empty when none was asked for
     * @throws DraftStateException for a step the letter's state does not allow: asking again for a letter that is
     *                             asked for or signed, answering a letter already answered
     * @throws DomainException     for an answer before the request
     */
    public static LetterOfIntent next(Optional<LetterOfIntent> current, LetterState step, LocalDate on) {
        Objects.requireNonNull(on, "on");
        LetterState now = current.map(LetterOfIntent::state).orElse(null);
        if (step == LetterState.REQUESTED) {
            if (now == LetterState.REQUESTED || now == LetterState.SIGNED) {
                throw new DraftStateException(Message.of(LetterOfIntent.class, "letter.alreadyAsked", now.title()));
            }
            if (now == LetterState.DECLINED && on.isBefore(current.get().answeredOn().orElseThrow())) {
                throw new DomainException(Message.of(LetterOfIntent.class, "letter.requestBeforeRefusal", on,
                        current.get().answeredOn().orElseThrow()));
            }
            return requested(on);
        }
        if (now == LetterState.SIGNED || now == LetterState.DECLINED) {
            throw new DraftStateException(Message.of(LetterOfIntent.class, "letter.alreadyAnswered", now.title(),
                    current.get().answeredOn().orElseThrow()));
        }
        return new LetterOfIntent(step, current.flatMap(LetterOfIntent::requestedOn), Optional.of(on));
    }

    /** True unless the partner declined: a declined partner does not count as a partner of the project. */
    public boolean counts() {
        return state != LetterState.DECLINED;
    }
}
