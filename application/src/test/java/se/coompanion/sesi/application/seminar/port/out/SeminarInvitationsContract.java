package se.coompanion.sesi.application.seminar.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.privacy.LawfulBasis;
import se.coompanion.sesi.domain.seminar.Answer;
import se.coompanion.sesi.domain.seminar.AnswerChannel;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.Gender;

/** The contract of the {@link SeminarInvitations} out-port, for every implementation. */
public abstract class SeminarInvitationsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-09-02T08:00:00Z");
    private static final LocalDate SENT = LocalDate.of(2024, 9, 2);
    private static final ContactId ONE = new ContactId(1);
    private static final ContactId TWO = new ContactId(2);
    private static final ContactId THREE = new ContactId(3);

    private SeminarId seminar;
    private SeminarId other;

    private SeminarInvitations invitations() {
        return ports().seminarInvitations();
    }

    @BeforeEach
    void three_contacts_and_two_seminars() {
        ActorKey key = new ActorKey("sundsvalls-kommun");
        ports().transactions().run(() -> {
            ports().actors().add(new Actor(key, "Sundsvalls kommun", Optional.empty(), Optional.empty(),
                    ImmutableSortedSet.of(ActorRole.MUNICIPALITY), Optional.empty(), Optional.empty(),
                    Optional.empty()), NOW);
            for (String name : List.of("Maria Sjödin", "Olle Berg", "Ahmed Yusuf")) {
                ports().contacts().add(key, new ContactDetails(name, Optional.empty(), Optional.empty(),
                        Optional.empty(), LawfulBasis.DEFAULT), NOW);
            }
            seminar = ports().seminars().add(SeminarFacts.of("Seminarium", LocalDate.of(2024, 10, 15),
                    Optional.empty(), Optional.of("Sundsvall"), Optional.empty(), List.of()), NOW).id();
            other = ports().seminars().add(SeminarFacts.of("Annat", LocalDate.of(2024, 11, 15),
                    Optional.empty(), Optional.of("Östersund"), Optional.empty(), List.of()), NOW).id();
        });
    }

    @Test
    void invitations_keep_their_order_answers_and_reminders() {
        ports().transactions().run(() -> {
            invitations().add(seminar, List.of(Invitation.sent(TWO, SENT), Invitation.sent(ONE, SENT.plusDays(1))),
                    NOW);
            invitations().add(other, List.of(Invitation.sent(ONE, SENT)), NOW);
            invitations().add(seminar, List.of(Invitation.sent(THREE, SENT.plusDays(2))), NOW);
        });
        Answer accepted = new Answer(InvitationStatus.ACCEPTED, SENT.plusDays(3), Optional.of(AnswerChannel.PHONE));
        Answer declined = new Answer(InvitationStatus.DECLINED, SENT.plusDays(5), Optional.empty());

        ports().transactions().run(() -> {
            invitations().answer(seminar, ONE, accepted, NOW);
            invitations().answer(seminar, ONE, declined, NOW);
            invitations().remind(seminar, SENT.plusDays(10), List.of(TWO, THREE), NOW);
            invitations().remind(seminar, SENT.plusDays(20), List.of(THREE), NOW);
        });

        assertThat(tx(() -> invitations().of(seminar))).containsExactly(
                new Invitation(TWO, SENT, Optional.empty(), ImmutableList.of(SENT.plusDays(10))),
                new Invitation(ONE, SENT.plusDays(1), Optional.of(declined), ImmutableList.of()),
                new Invitation(THREE, SENT.plusDays(2), Optional.empty(), ImmutableList.of(SENT.plusDays(10),
                        SENT.plusDays(20))));
        assertThat(tx(() -> invitations().of(other))).containsExactly(Invitation.sent(ONE, SENT));
    }

    @Test
    void a_contact_is_invited_to_a_seminar_once() {
        ports().transactions().run(() -> invitations().add(seminar, List.of(Invitation.sent(ONE, SENT)),
                NOW));

        assertThatThrownBy(() -> ports().transactions().run(() -> invitations().add(seminar,
                List.of(Invitation.sent(TWO, SENT), Invitation.sent(ONE, SENT)), NOW)))
                .isInstanceOf(ConflictException.class);
        assertThat(tx(() -> invitations().of(seminar))).hasSize(1);
    }

    @Test
    void check_ins_keep_their_order_and_a_correction_changes_the_gender_in_place() {
        ports().transactions().run(() -> {
            invitations().checkIn(seminar, new CheckIn(THREE, Gender.NOT_STATED), NOW);
            invitations().checkIn(seminar, new CheckIn(ONE, Gender.WOMAN), NOW);
            invitations().checkIn(other, new CheckIn(ONE, Gender.WOMAN), NOW);
            invitations().checkIn(seminar, new CheckIn(THREE, Gender.MAN), NOW);
        });

        assertThat(tx(() -> invitations().checkIns(seminar))).containsExactly(new CheckIn(THREE, Gender.MAN),
                new CheckIn(ONE, Gender.WOMAN));
        assertThat(tx(() -> invitations().checkIns(other))).containsExactly(new CheckIn(ONE, Gender.WOMAN));
    }
}
