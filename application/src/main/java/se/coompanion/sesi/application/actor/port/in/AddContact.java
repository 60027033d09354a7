package se.coompanion.sesi.application.actor.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactPerson;

/** Registers a contact person of an actor: personal data, held on a lawful basis. */
public interface AddContact {

    Result add(Command command);

    /**
     * @param actor       organisationsnummer or key of the actor
     * @param name        the person's name
     * @param title       role or title, optional
     * @param email       optional
     * @param phone       optional
     * @param lawfulBasis GDPR article 6 basis; legitimate interest when empty
     */
    record Command(
            @Size(max = 100) String actor,
            @Size(max = 1000) String name,
            @Size(max = 1000) String title,
            @Size(max = 1000) String email,
            @Size(max = 100) String phone,
            @Size(max = 100) String lawfulBasis) {
    }

    /**
     * @param contact the registered contact person, with its number
     * @param actor   its actor
     */
    record Result(ContactPerson contact, Actor actor) {
    }
}
