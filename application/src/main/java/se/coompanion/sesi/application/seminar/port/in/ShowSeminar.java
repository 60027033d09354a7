package se.coompanion.sesi.application.seminar.port.in;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.SeminarDossier;

/**
 * Everything documented about one seminar: facts, agenda with outcomes, invitations, attendance, minutes and
 * evaluation. The seminar is named by number, or left out when there is only one.
 */
public interface ShowSeminar {

    Result show(String seminar);

    /**
     * @param dossier the seminar's documentation
     * @param today   the day the invitations' statuses are computed for
     * @param guests  the invited and checked-in contact persons, by number
     */
    record Result(SeminarDossier dossier, LocalDate today, Map<ContactId, Guest> guests) {

        public Result {
            guests = Map.copyOf(guests);
        }

        public Optional<Guest> guest(ContactId contact) {
            return Optional.ofNullable(guests.get(contact));
        }
    }
}
