package se.coompanion.sesi.application.seminar.port.in;

import java.util.Objects;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactPerson;

/**
 * A contact person as a seminar's guest, with the organisation the person comes from.
 *
 * @param contact the contact person
 * @param actor   the contact's actor
 */
public record Guest(ContactPerson contact, Actor actor) {

    public Guest {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(actor, "actor");
    }
}
