package se.coompanion.sesi.adapters.cli.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.Recorded;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * {@code sesi needs meeting MUNICIPALITY --date D --format F [--role R]... [--women N] [--men N] [--non-binary N]
 * [--not-stated N] [--note T]}: a meeting or interview with a municipality.
 */
@Command(name = "meeting", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsMeetingCommand extends NeedsCliCommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY", converter = NeedsConverters.MunicipalityConverter.class,
            descriptionKey = "needs.municipality")
    private Municipality municipality;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "meeting.date")
    private LocalDate date;

    @Option(names = "--format", required = true, paramLabel = "ON_SITE|DIGITAL|PHONE",
            converter = NeedsConverters.FormatConverter.class, descriptionKey = "meeting.format")
    private MeetingFormat format;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "meeting.role")
    private List<String> roles = new ArrayList<>();

    @Option(names = "--women", paramLabel = "N", defaultValue = "0", descriptionKey = "meeting.women")
    private int women;

    @Option(names = "--men", paramLabel = "N", defaultValue = "0", descriptionKey = "meeting.men")
    private int men;

    @Option(names = "--non-binary", paramLabel = "N", defaultValue = "0", descriptionKey = "meeting.nonBinary")
    private int nonBinary;

    @Option(names = "--not-stated", paramLabel = "N", defaultValue = "0", descriptionKey = "meeting.notStated")
    private int notStated;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "meeting.note")
    private String note;

    @Override
    public Integer call() {
        Recorded recorded = sesi().needs().recordMeeting().record(new RecordMeeting.Command(municipality, date, format,
                roles, women, men, nonBinary, notStated, note));
        notePlanned(recorded);
        Meeting meeting = recorded.assessment().meetings().get(recorded.assessment().meetings().size() - 1);
        out().println(text("meeting.done", municipality, meeting.date(), text(meeting.format().title()),
                meeting.participants().total(), meeting.participants().women(), meeting.participants().men(),
                meeting.participants().nonBinary(), meeting.participants().notStated()));
        noteOutside(municipality);
        return ExitCode.OK;
    }
}
