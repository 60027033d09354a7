package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** {@code sesi seminar attendance}: who attended, and the attendees by gender. */
@Command(name = "attendance", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class AttendanceCommand extends CliCommand {

    @Mixin
    private SeminarOption seminar;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ListAttendance.Result result = sesi().seminar().listAttendance().list(seminar.seminar());
        print(SeminarTables.attendance(result), format.format());
        if (format.format() == OutputFormat.TABLE) {
            GenderCounts total = result.total();
            out().println();
            out().println(text("attend.total", text("attend.counts", total.total(), total.women(), total.men(),
                    total.nonBinary(), total.notStated())));
            out().flush();
        }
        return ExitCode.OK;
    }
}
