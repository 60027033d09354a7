package se.coompanion.sesi.adapters.cli.seminar;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.seminar.port.in.Guest;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;
import se.coompanion.sesi.application.seminar.port.in.ListSeminars;
import se.coompanion.sesi.application.seminar.port.in.ShowSeminar;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.shared.Gender;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The seminar listings with their fixed CSV headers (docs/seminar.md). Means are shown with two decimals beside
 * their N; statuses, methods and genders are codes in CSV and words for people.
 */
final class SeminarTables {

    static final List<String> SEMINARS = List.of("seminar", "title", "date", "answer_by", "place", "link",
            "agenda_items", "invited", "accepted", "declined", "no_answer", "attendees", "women", "men", "non_binary",
            "not_stated", "minutes", "held");
    static final List<String> AGENDA = List.of("item", "title", "method", "n", "mean", "rated_1", "rated_2",
            "rated_3", "rated_4", "rated_5", "conclusions");
    static final List<String> INVITATIONS = List.of("contact", "name", "organisation", "email", "invited_on",
            "status", "answered_on", "answered_via", "reminders", "last_reminded_on", "attended");
    static final List<String> ATTENDANCE = List.of("contact", "name", "organisation", "gender", "invited", "count");
    static final List<String> VERSIONS = List.of("version", "status", "written_at", "finalised_at", "characters");
    static final List<String> REMINDER = List.of("contact", "name", "organisation", "email", "phone");

    private SeminarTables() {
    }

    static Table seminars(ListSeminars.Result listed) {
        Table table = table(SEMINARS);
        for (SeminarDossier d : listed.seminars()) {
            SeminarFacts f = d.seminar().facts();
            Map<InvitationStatus, Integer> byStatus = d.invitationsByStatus(listed.today());
            GenderCounts attendees = d.attendees();
            table.row(Cell.number(d.seminar().id().value()), Cell.text(f.title()), Cell.date(f.date()),
                    Cell.date(f.answerBy()), Cell.text(f.place()), Cell.text(f.link()),
                    Cell.number(d.seminar().agenda().size()), Cell.number(d.invitations().size()),
                    Cell.number(byStatus.get(InvitationStatus.ACCEPTED)),
                    Cell.number(byStatus.get(InvitationStatus.DECLINED)),
                    Cell.number(byStatus.get(InvitationStatus.NO_ANSWER)), Cell.number(attendees.total()),
                    Cell.number(attendees.women()), Cell.number(attendees.men()), Cell.number(attendees.nonBinary()),
                    Cell.number(attendees.notStated()), minutesStatus(d.minutes()), Cell.bool(d.held()));
        }
        return table;
    }

    /** One seminar's facts and figures, as field and value. */
    static Table facts(ShowSeminar.Result shown) {
        SeminarDossier d = shown.dossier();
        Seminar s = d.seminar();
        SeminarFacts f = s.facts();
        Table table = Table.of(column("field"), column("value"));
        field(table, "seminar", Cell.number(s.id().value()));
        field(table, "title", Cell.text(f.title()));
        field(table, "date", Cell.date(f.date()));
        field(table, "answer_by", Cell.date(f.answerBy()));
        field(table, "place", Cell.text(f.place()));
        field(table, "link", Cell.text(f.link()));
        field(table, "accessibility", Cell.text(String.join(" | ", f.accessibility())));
        field(table, "agenda_items", Cell.number(s.agenda().size()));
        field(table, "invited", Cell.number(d.invitations().size()));
        Map<InvitationStatus, Integer> byStatus = d.invitationsByStatus(shown.today());
        for (InvitationStatus status : InvitationStatus.values()) {
            table.row(Cell.coded("status:" + status.name(), Message.of(SeminarTables.class, "field.status",
                    status.title())), Cell.number(byStatus.get(status)));
        }
        GenderCounts attendees = d.attendees();
        field(table, "attendees", Cell.number(attendees.total()));
        for (Gender gender : Gender.values()) {
            table.row(Cell.coded("attendees:" + gender.name(), Message.of(SeminarTables.class, "field.attendeesOf",
                    gender(gender))), Cell.number(attendees.get(gender)));
        }
        field(table, "walk_ins", Cell.number(s.walkIns().total()));
        field(table, "checked_in_uninvited", Cell.number(d.uninvitedCheckIns()));
        field(table, "minutes", minutesStatus(d.minutes()));
        field(table, "minutes_version", d.minutes().latest().map(v -> Cell.number(v.version())).orElse(Cell.empty()));
        field(table, "held", Cell.bool(d.held()));
        field(table, "evaluation_n", Cell.number(s.evaluation().ratings().n()));
        field(table, "evaluation_mean", mean(s.evaluation().ratings().mean()));
        field(table, "evaluation_comments", Cell.number(s.evaluation().comments().size()));
        return table;
    }

    static Table agenda(Seminar seminar) {
        Table table = table(AGENDA);
        for (AgendaItem item : seminar.agenda()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.number(item.number()), Cell.text(item.title()),
                    item.method().map(m -> Cell.coded(m, m.title())).orElse(Cell.empty()),
                    Cell.number(item.relevance().n()), mean(item.relevance().mean())));
            for (int rating = 1; rating <= 5; rating++) {
                cells.add(Cell.number(item.relevance().count(rating)));
            }
            cells.add(Cell.text(String.join(" | ", item.conclusions())));
            table.row(cells);
        }
        return table;
    }

    static Table invitations(List<ListInvitations.Invited> invited) {
        Table table = table(INVITATIONS);
        for (ListInvitations.Invited i : invited) {
            Invitation inv = i.invitation();
            table.row(Cell.number(inv.contact().value()), name(i.guest()), Cell.text(i.guest().actor().name()),
                    Cell.text(i.guest().contact().details().email().map(EmailAddress::value)),
                    Cell.date(inv.invitedOn()), Cell.coded(i.status(), i.status().title()),
                    Cell.date(inv.answer().map(a -> a.on()).orElse(null)),
                    inv.answer().flatMap(a -> a.via()).map(v -> Cell.coded(v, v.title())).orElse(Cell.empty()),
                    Cell.number(inv.reminders().size()), Cell.date(inv.lastReminder().orElse(null)),
                    Cell.bool(i.attended()));
        }
        return table;
    }

    /** The contact persons checked in, one row each, then the walk-ins: one row per gender with its count. */
    static Table attendance(ListAttendance.Result listed) {
        Table table = new Table(ATTENDANCE.stream().map(c -> c.equals("invited")
                ? new Table.Column(c, Message.of(SeminarTables.class, "column.wasInvited")) : column(c)).toList());
        for (ListAttendance.Attendee a : listed.attendees()) {
            table.row(Cell.number(a.checkIn().contact().value()), name(a.guest()),
                    Cell.text(a.guest().actor().name()), genderCell(a.checkIn().gender()), Cell.bool(a.invited()),
                    Cell.number(1));
        }
        for (Gender gender : Gender.values()) {
            int count = listed.walkIns().get(gender);
            if (count > 0) {
                table.row(Cell.empty(), Cell.coded("", Message.of(SeminarTables.class, "attendance.walkIn")),
                        Cell.empty(), genderCell(gender), Cell.bool(false), Cell.number(count));
            }
        }
        return table;
    }

    static Table versions(Minutes minutes) {
        Table table = table(VERSIONS);
        for (MinutesVersion v : minutes.versions()) {
            table.row(Cell.number(v.version()), Cell.coded(v.status(), v.status().title()),
                    Cell.text(seconds(v.writtenAt())), Cell.text(v.finalisedAt().map(SeminarTables::seconds)),
                    Cell.number(v.text().length()));
        }
        return table;
    }

    /** The recipients of a reminder, for an e-mail or mail-merge list. */
    static Table reminder(List<ListInvitations.Invited> recipients) {
        Table table = new Table(REMINDER.stream().map(c -> new Table.Column(c, Message.literal(c))).toList());
        for (ListInvitations.Invited r : recipients) {
            table.row(Cell.number(r.invitation().contact().value()), Cell.text(r.guest().contact().details().name()),
                    Cell.text(r.guest().actor().name()),
                    Cell.text(r.guest().contact().details().email().map(EmailAddress::value)),
                    Cell.text(r.guest().contact().details().phone().map(PhoneNumber::value)));
        }
        return table;
    }

    static Cell mean(Mean mean) {
        return mean.value().map(v -> Cell.decimal(v, 2)).orElse(Cell.empty());
    }

    static Message gender(Gender gender) {
        return Message.of(SeminarDossier.class, "gender." + gender.name());
    }

    private static Cell genderCell(Gender gender) {
        return Cell.coded(gender, gender(gender));
    }

    private static Cell minutesStatus(Minutes minutes) {
        return minutes.latest().map(v -> Cell.coded(v.status(), v.status().title()))
                .orElse(Cell.coded("NONE", Message.of(SeminarTables.class, "minutes.none")));
    }

    private static Cell name(Guest guest) {
        return guest.contact().erased() ? Cell.coded(guest.contact().details().name(),
                Message.of(SeminarTables.class, "contact.erased")) : Cell.text(guest.contact().details().name());
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void field(Table table, String field, Cell value) {
        table.row(Cell.coded(field, Message.of(SeminarTables.class, "field." + field)), value);
    }

    private static Table table(List<String> columns) {
        return new Table(columns.stream().map(SeminarTables::column).toList());
    }

    static Table.Column column(String name) {
        return new Table.Column(name, Message.of(SeminarTables.class, "column." + name));
    }
}
