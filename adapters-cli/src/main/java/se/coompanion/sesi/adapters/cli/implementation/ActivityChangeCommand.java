package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;

/** {@code sesi implementation activity change A}: an activity's texts, grounds and modules. */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ActivityChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY", descriptionKey = "activity.activity")
    private String activity;

    @Option(names = "--title", descriptionKey = "activity.newTitle")
    private String title;

    @Option(names = "--description", descriptionKey = "activity.newDescription")
    private String description;

    @Mixin
    private GroundsOptions grounds;

    @Option(names = "--add-module", paramLabel = "VERSION/KEY", descriptionKey = "activity.addModule")
    private List<String> addModules = new ArrayList<>();

    @Option(names = "--remove-module", paramLabel = "VERSION/KEY", descriptionKey = "activity.removeModule")
    private List<String> removeModules = new ArrayList<>();

    @Override
    public Integer call() {
        out().println(text("activity.changed",
                sesi().implementation().editActivities().edit(new EditActivities.Change(activity, title,
                description, grounds.change(), addModules, removeModules)).changed()));
        return ExitCode.OK;
    }
}
