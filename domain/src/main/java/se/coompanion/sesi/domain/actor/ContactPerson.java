package se.coompanion.sesi.domain.actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact person of an actor, as registered. After erasure (GDPR right to erasure) the record stays, so that
 * counts and links keep working, but holds nothing about the person.
 *
 * @param id           the contact's number
 * @param actor        the actor the person is a contact of
 * @param details      the person's data
 * @param registeredAt when the person was registered
 * @param erasedAt     when the person's data was erased; empty while it is held
 */
public record ContactPerson(ContactId id, ActorKey actor, ContactDetails details, Instant registeredAt,
        Optional<Instant> erasedAt) {

    public ContactPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(erasedAt, "erasedAt");
    }

    public boolean erased() {
        return erasedAt.isPresent();
    }

    /** The same contact with its personal data erased at the given time. */
    public ContactPerson erase(Instant at) {
        return new ContactPerson(id, actor, details.anonymised(), registeredAt, Optional.of(at));
    }
}
