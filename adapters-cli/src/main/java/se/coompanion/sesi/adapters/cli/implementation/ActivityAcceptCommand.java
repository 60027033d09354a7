package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;

/** {@code sesi implementation activity accept A...}: activities taken into the project. */
@Command(name = "accept", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class ActivityAcceptCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "ACTIVITY", descriptionKey = "activity.activities")
    private List<String> activities = new ArrayList<>();

    @Override
    public Integer call() {
        out().println(text("activity.accepted",
                sesi().implementation().editActivities().edit(new EditActivities.Accept(activities))
                .changed()));
        return ExitCode.OK;
    }
}
