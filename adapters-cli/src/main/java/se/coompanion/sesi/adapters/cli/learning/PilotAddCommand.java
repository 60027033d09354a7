package se.coompanion.sesi.adapters.cli.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;

/** {@code sesi learning pilot add --date D [--modules M1,M2] --women N --men N ...}: a pilot run. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class PilotAddCommand extends CliCommand {

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "pilot.date")
    private LocalDate date;

    @Option(names = "--programme-version", paramLabel = "N", descriptionKey = "pilot.version")
    private Integer version;

    @Option(names = "--modules", split = ",", paramLabel = "MODULE", descriptionKey = "pilot.modules")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--women", paramLabel = "N", descriptionKey = "pilot.women")
    private int women;

    @Option(names = "--men", paramLabel = "N", descriptionKey = "pilot.men")
    private int men;

    @Option(names = "--non-binary", paramLabel = "N", descriptionKey = "pilot.nonBinary")
    private int nonBinary;

    @Option(names = "--not-stated", paramLabel = "N", descriptionKey = "pilot.notStated")
    private int notStated;

    @Option(names = "--place", descriptionKey = "pilot.place")
    private String place;

    @Override
    public Integer call() {
        PilotRun run = sesi().learning().recordPilotRun().record(new RecordPilotRun.Command(version, date, modules,
                women, men, nonBinary, notStated, place));
        out().println(text("pilot.done", run.number(), run.version(), run.date(),
                run.modules().stream().map(ModuleKey::value).collect(Collectors.joining(", ")),
                run.participants().total()));
        return ExitCode.OK;
    }
}
