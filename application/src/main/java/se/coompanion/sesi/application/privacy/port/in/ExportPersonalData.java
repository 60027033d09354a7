package se.coompanion.sesi.application.privacy.port.in;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactPerson;

/**
 * The right of access (GDPR article 15): everything held about a contact person, from every store that refers to
 * them or mentions them. An unknown contact is a NotFoundException.
 */
public interface ExportPersonalData {

    Result export(String contact);

    /**
     * @param contact    the contact person
     * @param actor      the organisation the person is a contact of
     * @param exportedAt when
     * @param records    every record held about the person
     */
    record Result(ContactPerson contact, Actor actor, Instant exportedAt, List<PersonalRecord> records) {

        public Result {
            records = List.copyOf(records);
        }
    }
}
