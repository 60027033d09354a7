package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Invites contact persons to a seminar: named by number, or every contact person of the named actors. A contact
 * person already invited is not invited again; an erased contact person cannot be invited (named by number it is a
 * conflict, through an actor it is left out). Nothing new to invite is a conflict.
 */
public interface InviteContacts {

    Result invite(Command command);

    /**
     * @param seminar  the seminar's number; empty for the only seminar
     * @param contacts contact numbers
     * @param actors   actors (organisationsnummer or key): all their contact persons
     * @param date     the day the invitations were sent; today when null
     */
    record Command(
            @Size(max = 40) String seminar,
            @NotNull List<@NotNull @Size(max = 40) String> contacts,
            @NotNull List<@NotNull @Size(max = 100) String> actors,
            LocalDate date) {

        public Command {
            contacts = contacts == null ? null : List.copyOf(contacts);
            actors = actors == null ? null : List.copyOf(actors);
        }
    }

    /**
     * @param seminar        the seminar
     * @param date           the day of the invitations
     * @param invited        the contact persons invited now
     * @param alreadyInvited those invited before, left as they were
     * @param erased         erased contact persons of the named actors, left out
     */
    record Result(Seminar seminar, LocalDate date, List<Guest> invited, List<Guest> alreadyInvited,
            List<Guest> erased) {

        public Result {
            invited = List.copyOf(invited);
            alreadyInvited = List.copyOf(alreadyInvited);
            erased = List.copyOf(erased);
        }
    }
}
