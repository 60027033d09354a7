package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;

/** {@code sesi implementation activity add}: an activity the team writes, proposed. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ActivityAddCommand extends CliCommand {

    @Option(names = "--title", required = true, descriptionKey = "activity.title")
    private String title;

    @Option(names = "--description", descriptionKey = "activity.description")
    private String description;

    @Option(names = "--recommendation", paramLabel = "N", descriptionKey = "option.recommendation")
    private List<Integer> recommendations = new ArrayList<>();

    @Option(names = "--evidence", paramLabel = "KIND:WHAT", descriptionKey = "option.evidence")
    private List<String> evidence = new ArrayList<>();

    @Option(names = "--module", paramLabel = "VERSION/KEY", descriptionKey = "option.module")
    private List<String> modules = new ArrayList<>();

    @Override
    public Integer call() {
        out().println(text("activity.added", sesi().implementation().editActivities().edit(new EditActivities.Add(title,
                description, recommendations, evidence, modules)).changed()));
        return ExitCode.OK;
    }
}
