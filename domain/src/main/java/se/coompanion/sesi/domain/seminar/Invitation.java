package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An invitation of a contact person to a seminar: when it was sent, the answer if one came, and the days reminders
 * were sent. Its status is computed: see {@link InvitationStatus}.
 *
 * @param contact   the contact person invited
 * @param invitedOn the day the invitation was sent
 * @param answer    the answer, once recorded
 * @param reminders the days reminders were sent, oldest first
 */
public record Invitation(ContactId contact, LocalDate invitedOn, Optional<Answer> answer,
        ImmutableList<LocalDate> reminders) {

    public Invitation {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(invitedOn, "invitedOn");
        Objects.requireNonNull(answer, "answer");
        reminders = ImmutableList.sortedCopyOf(reminders);
        answer.ifPresent(a -> {
            if (a.on().isBefore(invitedOn)) {
                throw new DomainException(Message.of(Invitation.class, "answer.beforeInvitation", a.on(), invitedOn));
            }
        });
    }

    /** A new invitation without an answer or reminder. */
    public static Invitation sent(ContactId contact, LocalDate on) {
        return new Invitation(contact, on, Optional.empty(), ImmutableList.of());
    }

    /**
     * The status on a day: the answer if one came on or before that day; else NO_ANSWER once the answer day has
     * passed, INVITED before. (A reminder dated back to a day before an answer came goes to that person.)
     */
    public InvitationStatus status(LocalDate day, LocalDate answerBy) {
        return answer.filter(a -> !a.on().isAfter(day)).map(Answer::reply)
                .orElse(day.isAfter(answerBy) ? InvitationStatus.NO_ANSWER : InvitationStatus.INVITED);
    }

    /** The invitation with this answer (an earlier answer is replaced). */
    public Invitation answered(Answer newAnswer) {
        return new Invitation(contact, invitedOn, Optional.of(newAnswer), reminders);
    }

    /** The invitation with one more reminder. */
    public Invitation reminded(LocalDate on) {
        return new Invitation(contact, invitedOn, answer, ImmutableList.<LocalDate>builder().addAll(reminders).add(on)
                .build());
    }

    public Optional<LocalDate> lastReminder() {
        return reminders.isEmpty() ? Optional.empty() : Optional.of(reminders.get(reminders.size() - 1));
    }
}
