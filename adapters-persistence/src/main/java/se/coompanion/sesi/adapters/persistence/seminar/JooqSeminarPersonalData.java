package se.coompanion.sesi.adapters.persistence.seminar;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_AGENDA_ITEM;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_ATTENDANCE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_COMMENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_CONCLUSION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_INVITATION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_MINUTES;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_REMINDER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarAgendaItemRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarCommentRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarConclusionRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarMinutesRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/**
 * What the seminars hold about a contact person: invitations (with answers and reminders) and check-ins, which refer
 * to the person, and mentions in every free text of the seminars (title, place, accessibility, agenda, conclusions,
 * comments and every version of the minutes, final ones too: erasure overrides the lock).
 *
 * <p>On erasure the invitation and attendance rows stay as they are: they hold no name, and with the contact record
 * anonymised they no longer describe anyone, while the counts of invited, answers and attendees by gender stay right.
 * The gender given at check-in is kept for that count (ESF+ reporting).
 */
public final class JooqSeminarPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final TextMentions<SeminarRecord> seminars = new TextMentions<>(SEMINAR, SEMINAR.ID, SEMINAR.TITLE,
            SEMINAR.PLACE, SEMINAR.LINK, SEMINAR.ACCESSIBILITY);
    private final TextMentions<SeminarAgendaItemRecord> items = new TextMentions<>(SEMINAR_AGENDA_ITEM,
            SEMINAR_AGENDA_ITEM.ID, SEMINAR_AGENDA_ITEM.TITLE, SEMINAR_AGENDA_ITEM.DESCRIPTION);
    private final TextMentions<SeminarConclusionRecord> conclusions = new TextMentions<>(SEMINAR_CONCLUSION,
            SEMINAR_CONCLUSION.ID, SEMINAR_CONCLUSION.CONCLUSION);
    private final TextMentions<SeminarCommentRecord> comments = new TextMentions<>(SEMINAR_COMMENT,
            SEMINAR_COMMENT.ID, SEMINAR_COMMENT.COMMENT_TEXT);
    private final TextMentions<SeminarMinutesRecord> minutes = new TextMentions<>(SEMINAR_MINUTES,
            SEMINAR_MINUTES.ID, SEMINAR_MINUTES.MINUTES_TEXT);

    public JooqSeminarPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> stores() {
        return List.of(SEMINAR_INVITATION.getName(), SEMINAR_ATTENDANCE.getName(), seminars.store(), items.store(),
                conclusions.store(), comments.store(), minutes.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        var i = SEMINAR_INVITATION;
        for (var r : dsl.selectFrom(i).where(i.CONTACT_ID.eq(subject.contact().value())).orderBy(i.ID).fetch()) {
            String reminders = dsl.select(SEMINAR_REMINDER.REMINDED_ON).from(SEMINAR_REMINDER)
                    .where(SEMINAR_REMINDER.INVITATION_ID.eq(r.getId())).orderBy(SEMINAR_REMINDER.ID)
                    .fetch(SEMINAR_REMINDER.REMINDED_ON).stream().map(String::valueOf)
                    .collect(Collectors.joining("|"));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("seminar", r.getSeminarId());
            fields.put("invited_on", r.getInvitedOn());
            fields.put("answer", r.getAnswer());
            fields.put("answered_on", r.getAnsweredOn());
            fields.put("answered_via", r.getAnsweredVia());
            fields.put("reminded_on", reminders);
            records.add(PersonalRecord.of(i.getName(), r.getId(), fields));
        }
        var a = SEMINAR_ATTENDANCE;
        for (var r : dsl.selectFrom(a).where(a.CONTACT_ID.eq(subject.contact().value())).orderBy(a.ID).fetch()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("seminar", r.getSeminarId());
            fields.put("gender", r.getGender());
            fields.put("checked_in_at", r.getCheckedInAt().toInstant());
            records.add(PersonalRecord.of(a.getName(), r.getId(), fields));
        }
        records.addAll(seminars.export(dsl, subject));
        records.addAll(items.export(dsl, subject));
        records.addAll(conclusions.export(dsl, subject));
        records.addAll(comments.export(dsl, subject));
        records.addAll(minutes.export(dsl, subject));
        return records;
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(SEMINAR_INVITATION.getName(), 0), new Erased(SEMINAR_ATTENDANCE.getName(), 0),
                new Erased(seminars.store(), seminars.erase(dsl, subject)),
                new Erased(items.store(), items.erase(dsl, subject)),
                new Erased(conclusions.store(), conclusions.erase(dsl, subject)),
                new Erased(comments.store(), comments.erase(dsl, subject)),
                new Erased(minutes.store(), minutes.erase(dsl, subject)));
    }
}
