package se.coompanion.sesi.application.seminar;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.Guest;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.Gender;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Attendance at a seminar: contact persons checked in with the gender they give (NOT_STATED by default), and walk-ins
 * counted by gender. Recorded from the seminar's day on.
 */
public final class AttendanceService implements CheckInAttendee, RecordWalkIns, ListAttendance {

    private final SeminarRecords records;
    private final Transactions transactions;
    private final CommandValidator validator;

    public AttendanceService(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes,
            Contacts contacts, Actors actors, Transactions transactions, CommandValidator validator, Clock clock) {
        this.records = new SeminarRecords(seminars, invitations, minutes, contacts, actors, clock);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public CheckInAttendee.Result checkIn(CheckInAttendee.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        ContactId contact = fields.required("contact", command.contact(), ContactId::parse);
        Gender gender = fields.optional("gender", command.gender(), Gender::parse).orElse(Gender.NOT_STATED);
        fields.check();
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            Guest guest = records.guest("contact", contact.toString());
            records.requireHeld(seminar, "attendance");
            SeminarDossier dossier = records.dossier(seminar);
            Optional<CheckIn> earlier = dossier.checkIn(contact);
            if (earlier.isPresent() && !command.replace()) {
                throw new ConflictException(Message.of(AttendanceService.class, "attend.twice", contact,
                        guest.contact().details().name(), seminar.id()));
            }
            if (earlier.isEmpty() && guest.contact().erased()) {
                throw new ConflictException(Message.of(AttendanceService.class, "attend.erased", contact));
            }
            CheckIn checkIn = new CheckIn(contact, gender);
            records.invitations().checkIn(seminar.id(), checkIn, records.clock().instant());
            return new CheckInAttendee.Result(seminar, guest, gender, dossier.invitation(contact).isPresent(),
                    earlier.map(CheckIn::gender), records.dossier(seminar).attendees());
        });
    }

    @Override
    public RecordWalkIns.Result record(RecordWalkIns.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Gender gender = fields.optional("gender", command.gender(), Gender::parse).orElse(Gender.NOT_STATED);
        if (command.count() == 0) {
            fields.problem("count", "0", Message.of(AttendanceService.class, "walkIns.zero"));
        }
        fields.check();
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            records.requireHeld(seminar, "attendance");
            int now = seminar.walkIns().get(gender) + command.count();
            if (now < 0) {
                throw InvalidInputException.of(Problem.ofField("count", String.valueOf(command.count()),
                        Message.of(AttendanceService.class, "walkIns.belowZero", command.count(),
                                seminar.walkIns().get(gender), Message.of(SeminarDossier.class,
                                        "gender." + gender.name()))));
            }
            GenderCounts walkIns = seminar.walkIns().plus(gender, command.count());
            records.seminars().updateWalkIns(seminar.id(), walkIns);
            Seminar changed = new Seminar(seminar.id(), seminar.facts(), seminar.agenda(), walkIns,
                    seminar.evaluation());
            return new RecordWalkIns.Result(changed, walkIns, records.dossier(changed).attendees());
        });
    }

    @Override
    public ListAttendance.Result list(String seminar) {
        return transactions.inTransaction(() -> {
            SeminarDossier dossier = records.dossier(records.seminars().require(seminar));
            Map<ContactId, Guest> guests = records.guests();
            return new ListAttendance.Result(dossier.seminar(), dossier.checkIns().stream()
                    .map(c -> new ListAttendance.Attendee(c, guests.get(c.contact()),
                            dossier.invitation(c.contact()).isPresent())).toList(),
                    dossier.seminar().walkIns(), dossier.attendees());
        });
    }
}
