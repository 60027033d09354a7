package se.coompanion.sesi.application.seminar.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.Answer;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.SeminarId;

/**
 * The guests of seminars: invitations of contact persons with their answers and reminders, and the contact persons
 * checked in. Personal data: the privacy area reaches it through a {@code PersonalDataHolder}.
 */
public interface SeminarInvitations {

    /** Stores new invitations of contact persons not yet invited to the seminar. */
    void add(SeminarId seminar, List<Invitation> invitations, Instant recordedAt);

    /** The seminar's invitations with their answers and reminders, in the order sent. */
    List<Invitation> of(SeminarId seminar);

    /** Records (or replaces) the answer to an invitation. */
    void answer(SeminarId seminar, ContactId contact, Answer answer, Instant recordedAt);

    /** Records a reminder sent on a day to these invited contact persons. */
    void remind(SeminarId seminar, LocalDate on, List<ContactId> recipients, Instant recordedAt);

    /** The contact persons checked in at the seminar, in the order checked in. */
    List<CheckIn> checkIns(SeminarId seminar);

    /** Records a contact person checked in, or corrects the gender of one checked in before. */
    void checkIn(SeminarId seminar, CheckIn checkIn, Instant at);
}
