package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * Everything documented about one seminar: the seminar, its invitations, who checked in, and its minutes. Computes
 * what the documentation shows: invitations by status, attendees by gender, and whether the seminar was held.
 *
 * @param seminar     the seminar, its agenda, walk-ins and evaluation
 * @param invitations the invitations, in the order sent
 * @param checkIns    the contact persons checked in, in the order checked in
 * @param minutes     every version of the minutes
 */
public record SeminarDossier(Seminar seminar, ImmutableList<Invitation> invitations, ImmutableList<CheckIn> checkIns,
        Minutes minutes) {

    public SeminarDossier {
        Objects.requireNonNull(seminar, "seminar");
        invitations = ImmutableList.copyOf(invitations);
        checkIns = ImmutableList.copyOf(checkIns);
        Objects.requireNonNull(minutes, "minutes");
    }

    public Optional<Invitation> invitation(ContactId contact) {
        return invitations.stream().filter(i -> i.contact().equals(contact)).findFirst();
    }

    public Optional<CheckIn> checkIn(ContactId contact) {
        return checkIns.stream().filter(c -> c.contact().equals(contact)).findFirst();
    }

    /** The status of an invitation on a day, against the seminar's answer day. */
    public InvitationStatus status(Invitation invitation, LocalDate today) {
        return invitation.status(today, seminar.facts().answerBy());
    }

    /** The number of invitations with each status on a day (every status present, zero when none). */
    public Map<InvitationStatus, Integer> invitationsByStatus(LocalDate today) {
        Map<InvitationStatus, Integer> counts = new EnumMap<>(InvitationStatus.class);
        for (InvitationStatus status : InvitationStatus.values()) {
            counts.put(status, 0);
        }
        invitations.forEach(i -> counts.merge(status(i, today), 1, Integer::sum));
        return counts;
    }

    /** The attendees by gender: the contact persons checked in and the walk-ins. */
    public GenderCounts attendees() {
        GenderCounts counted = seminar.walkIns();
        for (CheckIn checkIn : checkIns) {
            counted = counted.plus(checkIn.gender(), 1);
        }
        return counted;
    }

    /** Contact persons checked in without an invitation. */
    public int uninvitedCheckIns() {
        return (int) checkIns.stream().filter(c -> invitation(c.contact()).isEmpty()).count();
    }

    /**
     * Held and documented (the activity's evidence): attendance was recorded (someone checked in or came as a
     * walk-in) and a version of the minutes is final.
     */
    public boolean held() {
        return attendees().total() > 0 && minutes.isFinal();
    }
}
