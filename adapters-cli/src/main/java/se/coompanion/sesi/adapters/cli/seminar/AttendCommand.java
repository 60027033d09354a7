package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi seminar attend CONTACT [--gender G] [--replace]} checks a contact person in (invited or not), with the
 * gender the person gives; {@code sesi seminar attend --walk-in --gender G [--count N]} counts people who came
 * without an invitation and are not checked in by name.
 */
@Command(name = "attend", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class AttendCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTACT", descriptionKey = "attend.contact")
    private String contact;

    @Option(names = "--gender", paramLabel = "GENDER", descriptionKey = "attend.gender")
    private String gender;

    @Option(names = "--replace", descriptionKey = "attend.replace")
    private boolean replace;

    @Option(names = "--walk-in", descriptionKey = "attend.walkIn")
    private boolean walkIn;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "attend.count")
    private Integer count;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        if (walkIn == (contact != null)) {
            throw InvalidInputException.of(Message.of(AttendCommand.class, "attend.contactOrWalkIn"));
        }
        if (walkIn) {
            RecordWalkIns.Result result =
                    sesi().seminar().recordWalkIns().record(new RecordWalkIns.Command(seminar.seminar(),
                    gender, count == null ? 1 : count));
            out().println(text("attend.walkIns", result.walkIns().total(), counts(result.attendees())));
            return ExitCode.OK;
        }
        if (count != null) {
            throw InvalidInputException.of(Message.of(AttendCommand.class, "attend.countOnlyWalkIn"));
        }
        CheckInAttendee.Result result = sesi().seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(
                seminar.seminar(), contact, gender, replace));
        String name = result.guest().contact().details().name();
        out().println(text(result.invited() ? "attend.done" : "attend.uninvited", name,
                result.guest().actor().name(), text(SeminarTables.gender(result.gender()))));
        result.corrected().ifPresent(before -> out().println(text("attend.corrected",
                text(SeminarTables.gender(before)))));
        out().println(text("attend.total", counts(result.attendees())));
        return ExitCode.OK;
    }

    private String counts(GenderCounts attendees) {
        return text("attend.counts", attendees.total(), attendees.women(), attendees.men(), attendees.nonBinary(),
                attendees.notStated());
    }
}
