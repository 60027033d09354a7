package se.coompanion.sesi.adapters.cli.learning;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;

/**
 * {@code sesi learning evaluate followup PILOT PARTICIPANT [--module M] (--planned D | --done D [--applied A]
 * [--note T])}: Kirkpatrick level 3, the behaviour follow-up 3-6 months after the run.
 */
@Command(name = "followup", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class FollowUpCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PILOT", descriptionKey = "followup.pilot")
    private int pilot;

    @Parameters(index = "1", paramLabel = "PARTICIPANT", descriptionKey = "followup.participant")
    private String participant;

    @Option(names = "--module", paramLabel = "MODULE", descriptionKey = "followup.module")
    private String module;

    @Option(names = "--planned", paramLabel = "YYYY-MM-DD", descriptionKey = "followup.planned")
    private LocalDate planned;

    @Option(names = "--done", paramLabel = "YYYY-MM-DD", descriptionKey = "followup.done")
    private LocalDate done;

    @Option(names = "--applied", paramLabel = "YES|PARTLY|NO", descriptionKey = "followup.applied")
    private String applied;

    @Option(names = "--note", descriptionKey = "followup.note")
    private String note;

    @Override
    public Integer call() {
        RecordFollowUp.Result result = sesi().learning().recordFollowUp().record(new RecordFollowUp.Command(pilot,
                participant, module, planned, done, applied, note));
        out().println(text("followup.recorded", result.evaluations().size(), pilot,
                result.evaluations().get(0).participant()));
        if (result.outsideWindow()) {
            out().println(text("followup.outsideWindow"));
        }
        return ExitCode.OK;
    }
}
