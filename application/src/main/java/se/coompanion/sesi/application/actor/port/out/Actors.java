package se.coompanion.sesi.application.actor.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The actor register. */
public interface Actors {

    /**
     * Stores new actors. Their keys and organisationsnummer must not be in the register yet (the use cases check
     * first; a clash found by the store is a {@code ConflictException}).
     */
    void addAll(List<Actor> actors, Instant registeredAt);

    default void add(Actor actor, Instant registeredAt) {
        addAll(List.of(actor), registeredAt);
    }

    Optional<Actor> find(ActorKey key);

    Optional<Actor> findByNumber(OrganisationNumber number);

    /** The actor a person names by organisationsnummer or key. */
    default Optional<Actor> find(ActorReference reference) {
        if (reference instanceof ActorReference.ByNumber byNumber) {
            return findByNumber(byNumber.number());
        }
        return find(((ActorReference.ByKey) reference).key());
    }

    /**
     * The actor a person names by organisationsnummer or key (the one place both forms are resolved): a
     * {@code NotFoundException} naming it when it is not in the register, an {@code InvalidInputException} of the
     * field when the text is neither form.
     *
     * @param field     the field that named the actor, for the problem report ("actor")
     * @param reference the text as typed
     */
    default Actor require(String field, String reference) {
        ActorReference parsed;
        try {
            parsed = ActorReference.parse(reference);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField(field, reference == null ? "" : reference.strip(), e));
        }
        return find(parsed).orElseThrow(() -> new NotFoundException(Message.of(Actors.class, "actor.notFound",
                parsed.toString())));
    }

    /** Every actor, in key order. */
    List<Actor> all();

    int count();
}
