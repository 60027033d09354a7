package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;

/** {@code sesi implementation activity drop A}: an activity left out of the project, kept for tracing. */
@Command(name = "drop", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class ActivityDropCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY", descriptionKey = "activity.activity")
    private String activity;

    @Option(names = "--reason", descriptionKey = "activity.reason")
    private String reason;

    @Override
    public Integer call() {
        out().println(text("activity.dropped",
                sesi().implementation().editActivities().edit(new EditActivities.Drop(activity, reason))
                .changed()));
        return ExitCode.OK;
    }
}
