package se.coompanion.sesi.application.actor.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;

/**
 * The contact persons of actors: personal data. Erasure is not here: it goes through the privacy area's
 * {@code PersonalDataHolder}s, which cover every store that mentions a person.
 */
public interface Contacts {

    /** Stores a new contact person of a registered actor and gives it its number. */
    ContactPerson add(ActorKey actor, ContactDetails details, Instant registeredAt);

    Optional<ContactPerson> find(ContactId id);

    /** Every contact person, in number order. */
    List<ContactPerson> all();

    /** The contact persons of one actor, in number order. */
    List<ContactPerson> of(ActorKey actor);
}
