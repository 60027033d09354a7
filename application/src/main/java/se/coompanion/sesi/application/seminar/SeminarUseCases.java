package se.coompanion.sesi.application.seminar;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;
import se.coompanion.sesi.application.seminar.port.in.ListSeminars;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.ShowMinutes;
import se.coompanion.sesi.application.seminar.port.in.ShowSeminar;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The analysis seminar: the seminar and its agenda, invitations, attendance, evaluation and minutes.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class SeminarUseCases {

    private final CreateSeminar createSeminar;
    private final ListSeminars listSeminars;
    private final ShowSeminar showSeminar;
    private final AddAgendaItem addAgendaItem;
    private final RecordOutcome recordOutcome;
    private final RecordSeminarEvaluation recordSeminarEvaluation;
    private final InviteContacts inviteContacts;
    private final ListInvitations listInvitations;
    private final RecordAnswer recordAnswer;
    private final SendReminder sendReminder;
    private final CheckInAttendee checkInAttendee;
    private final RecordWalkIns recordWalkIns;
    private final ListAttendance listAttendance;
    private final WriteMinutes writeMinutes;
    private final FinaliseMinutes finaliseMinutes;
    private final ShowMinutes showMinutes;

    private SeminarUseCases(SeminarService seminar, InvitationService invitation, AttendanceService attendance,
            MinutesService minutes) {
        this.createSeminar = UseCaseBoundary.guard(CreateSeminar.class, seminar);
        this.listSeminars = UseCaseBoundary.guard(ListSeminars.class, seminar);
        this.showSeminar = UseCaseBoundary.guard(ShowSeminar.class, seminar);
        this.addAgendaItem = UseCaseBoundary.guard(AddAgendaItem.class, seminar);
        this.recordOutcome = UseCaseBoundary.guard(RecordOutcome.class, seminar);
        this.recordSeminarEvaluation = UseCaseBoundary.guard(RecordSeminarEvaluation.class, seminar);
        this.inviteContacts = UseCaseBoundary.guard(InviteContacts.class, invitation);
        this.listInvitations = UseCaseBoundary.guard(ListInvitations.class, invitation);
        this.recordAnswer = UseCaseBoundary.guard(RecordAnswer.class, invitation);
        this.sendReminder = UseCaseBoundary.guard(SendReminder.class, invitation);
        this.checkInAttendee = UseCaseBoundary.guard(CheckInAttendee.class, attendance);
        this.recordWalkIns = UseCaseBoundary.guard(RecordWalkIns.class, attendance);
        this.listAttendance = UseCaseBoundary.guard(ListAttendance.class, attendance);
        this.writeMinutes = UseCaseBoundary.guard(WriteMinutes.class, minutes);
        this.finaliseMinutes = UseCaseBoundary.guard(FinaliseMinutes.class, minutes);
        this.showMinutes = UseCaseBoundary.guard(ShowMinutes.class, minutes);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static SeminarUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        SeminarService seminar = new SeminarService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        InvitationService invitation = new InvitationService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        AttendanceService attendance = new AttendanceService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        MinutesService minutes = new MinutesService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        return new SeminarUseCases(seminar, invitation, attendance, minutes);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new AnalysisSeminarMeasure(ports.seminars(), ports.seminarInvitations(), ports.seminarMinutes());
    }

    public CreateSeminar createSeminar() {
        return createSeminar;
    }

    public ListSeminars listSeminars() {
        return listSeminars;
    }

    public ShowSeminar showSeminar() {
        return showSeminar;
    }

    public AddAgendaItem addAgendaItem() {
        return addAgendaItem;
    }

    public RecordOutcome recordOutcome() {
        return recordOutcome;
    }

    public RecordSeminarEvaluation recordSeminarEvaluation() {
        return recordSeminarEvaluation;
    }

    public InviteContacts inviteContacts() {
        return inviteContacts;
    }

    public ListInvitations listInvitations() {
        return listInvitations;
    }

    public RecordAnswer recordAnswer() {
        return recordAnswer;
    }

    public SendReminder sendReminder() {
        return sendReminder;
    }

    public CheckInAttendee checkInAttendee() {
        return checkInAttendee;
    }

    public RecordWalkIns recordWalkIns() {
        return recordWalkIns;
    }

    public ListAttendance listAttendance() {
        return listAttendance;
    }

    public WriteMinutes writeMinutes() {
        return writeMinutes;
    }

    public FinaliseMinutes finaliseMinutes() {
        return finaliseMinutes;
    }

    public ShowMinutes showMinutes() {
        return showMinutes;
    }
}
