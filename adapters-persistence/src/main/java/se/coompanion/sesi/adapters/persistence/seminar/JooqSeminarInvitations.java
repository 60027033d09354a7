package se.coompanion.sesi.adapters.persistence.seminar;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_ATTENDANCE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_INVITATION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_REMINDER;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarInvitationRecord;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.Answer;
import se.coompanion.sesi.domain.seminar.AnswerChannel;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.Gender;

/**
 * Invitations in table {@code seminar_invitation} with their reminders ({@code seminar_reminder}), and check-ins in
 * {@code seminar_attendance}; the one place they are mapped.
 */
public final class JooqSeminarInvitations implements SeminarInvitations {

    private final DSLContext dsl;

    public JooqSeminarInvitations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(SeminarId seminar, List<Invitation> invitations, Instant recordedAt) {
        var i = SEMINAR_INVITATION;
        var batch = dsl.batch(dsl.insertInto(i, i.SEMINAR_ID, i.CONTACT_ID, i.INVITED_ON, i.RECORDED_AT)
                .values((Long) null, null, null, null));
        for (Invitation invitation : invitations) {
            batch = batch.bind(seminar.value(), invitation.contact().value(), invitation.invitedOn(), at(recordedAt));
        }
        if (!invitations.isEmpty()) {
            batch.execute();
        }
    }

    @Override
    public List<Invitation> of(SeminarId seminar) {
        var i = SEMINAR_INVITATION;
        List<SeminarInvitationRecord> rows = dsl.selectFrom(i).where(i.SEMINAR_ID.eq(seminar.value()))
                .orderBy(i.ID).fetch();
        Map<Long, List<LocalDate>> reminders = new HashMap<>();
        dsl.select(SEMINAR_REMINDER.INVITATION_ID, SEMINAR_REMINDER.REMINDED_ON).from(SEMINAR_REMINDER)
                .join(i).on(i.ID.eq(SEMINAR_REMINDER.INVITATION_ID)).where(i.SEMINAR_ID.eq(seminar.value()))
                .orderBy(SEMINAR_REMINDER.ID)
                .forEach(r -> reminders.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.stream().map(r -> new Invitation(new ContactId(r.getContactId()), r.getInvitedOn(),
                Optional.ofNullable(r.getAnswer()).map(a -> new Answer(InvitationStatus.valueOf(a), r.getAnsweredOn(),
                        Optional.ofNullable(r.getAnsweredVia()).map(AnswerChannel::valueOf))),
                ImmutableList.copyOf(reminders.getOrDefault(r.getId(), List.of())))).toList();
    }

    @Override
    public void answer(SeminarId seminar, ContactId contact, Answer answer, Instant recordedAt) {
        var i = SEMINAR_INVITATION;
        dsl.update(i)
                .set(i.ANSWER, answer.reply().name())
                .set(i.ANSWERED_ON, answer.on())
                .set(i.ANSWERED_VIA, answer.via().map(Enum::name).orElse(null))
                .set(i.ANSWERED_AT, at(recordedAt))
                .where(i.SEMINAR_ID.eq(seminar.value()), i.CONTACT_ID.eq(contact.value()))
                .execute();
    }

    @Override
    public void remind(SeminarId seminar, LocalDate on, List<ContactId> recipients, Instant recordedAt) {
        var i = SEMINAR_INVITATION;
        Map<Long, Long> invitationOf = new HashMap<>();
        dsl.select(i.CONTACT_ID, i.ID).from(i).where(i.SEMINAR_ID.eq(seminar.value()))
                .forEach(r -> invitationOf.put(r.value1(), r.value2()));
        var r = SEMINAR_REMINDER;
        var batch = dsl.batch(dsl.insertInto(r, r.INVITATION_ID, r.REMINDED_ON, r.RECORDED_AT)
                .values((Long) null, null, null));
        for (ContactId contact : recipients) {
            Long invitation = invitationOf.get(contact.value());
            if (invitation == null) {
                throw new IllegalStateException("contact " + contact + " is not invited to seminar " + seminar);
            }
            batch = batch.bind(invitation, on, at(recordedAt));
        }
        if (!recipients.isEmpty()) {
            batch.execute();
        }
    }

    @Override
    public List<CheckIn> checkIns(SeminarId seminar) {
        var a = SEMINAR_ATTENDANCE;
        return dsl.select(a.CONTACT_ID, a.GENDER).from(a).where(a.SEMINAR_ID.eq(seminar.value())).orderBy(a.ID)
                .fetch(r -> new CheckIn(new ContactId(r.value1()), Gender.valueOf(r.value2())));
    }

    @Override
    public void checkIn(SeminarId seminar, CheckIn checkIn, Instant at) {
        var a = SEMINAR_ATTENDANCE;
        int changed = dsl.update(a).set(a.GENDER, checkIn.gender().name())
                .where(a.SEMINAR_ID.eq(seminar.value()), a.CONTACT_ID.eq(checkIn.contact().value())).execute();
        if (changed == 0) {
            dsl.insertInto(a)
                    .set(a.SEMINAR_ID, seminar.value())
                    .set(a.CONTACT_ID, checkIn.contact().value())
                    .set(a.GENDER, checkIn.gender().name())
                    .set(a.CHECKED_IN_AT, at(at))
                    .execute();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
