package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditResults;

/** {@code sesi implementation result add A}: an output or result of an activity with its indicator. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ResultAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY", descriptionKey = "activity.activity")
    private String activity;

    @Option(names = "--level", required = true, paramLabel = "OUTPUT|SHORT_TERM|LONG_TERM",
            descriptionKey = "result.level")
    private String level;

    @Option(names = "--description", required = true, descriptionKey = "result.description")
    private String description;

    @Option(names = "--indicator", required = true, descriptionKey = "result.indicator")
    private String indicator;

    @Mixin
    private BaselineOptions baseline;

    @Option(names = "--unit", paramLabel = "PERCENT|COUNT|SCORE", descriptionKey = "result.unit")
    private String unit;

    @Option(names = "--target", paramLabel = "VALUE", descriptionKey = "result.target")
    private String target;

    @Override
    public Integer call() {
        out().println(text("result.added", sesi().implementation().editResults().edit(new EditResults.Add(activity,
                level, description,
                indicator, baseline.baseline, unit, baseline.value, baseline.note, target)).changed()));
        return ExitCode.OK;
    }
}
