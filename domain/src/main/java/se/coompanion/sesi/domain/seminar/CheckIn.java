package se.coompanion.sesi.domain.seminar;

import java.util.Objects;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.shared.Gender;

/**
 * A contact person checked in at a seminar. The register keeps no gender of contact persons; the gender is the one
 * the person gives at check-in for the ESF+ count of attendees (NOT_STATED when none is given).
 *
 * @param contact the contact person
 * @param gender  the gender given at check-in
 */
public record CheckIn(ContactId contact, Gender gender) {

    public CheckIn {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(gender, "gender");
    }
}
