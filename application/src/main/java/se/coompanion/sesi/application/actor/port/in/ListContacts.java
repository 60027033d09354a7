package se.coompanion.sesi.application.actor.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactPerson;

/** The contact persons, of every actor or of one (by organisationsnummer or key). */
public interface ListContacts {

    List<Listed> list(Optional<String> actor);

    /**
     * @param contact the contact person
     * @param actor   its actor
     */
    record Listed(ContactPerson contact, Actor actor) {
    }
}
