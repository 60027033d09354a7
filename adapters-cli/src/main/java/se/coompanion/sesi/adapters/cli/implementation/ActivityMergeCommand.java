package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.domain.implementation.ActivityId;

/** {@code sesi implementation activity merge A --into B}: one activity taken into another. */
@Command(name = "merge", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class ActivityMergeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY", descriptionKey = "activity.merged")
    private String activity;

    @Option(names = "--into", required = true, paramLabel = "ACTIVITY", descriptionKey = "activity.into")
    private String into;

    @Override
    public Integer call() {
        String kept = sesi().implementation().editActivities().edit(new EditActivities.Merge(activity, into)).changed();
        out().println(text("activity.mergedInto", ActivityId.parse(activity), kept));
        return ExitCode.OK;
    }
}
