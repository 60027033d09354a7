package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditResults;

/** {@code sesi implementation result change A/N}: a result's texts, baseline and target. */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ResultChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY/N", descriptionKey = "result.result")
    private String result;

    @Option(names = "--description", descriptionKey = "result.newDescription")
    private String description;

    @Option(names = "--indicator", descriptionKey = "result.newIndicator")
    private String indicator;

    @Mixin
    private BaselineOptions baseline;

    @Option(names = "--no-baseline", descriptionKey = "result.noBaseline")
    private boolean noBaseline;

    @Option(names = "--target", paramLabel = "VALUE", descriptionKey = "result.target")
    private String target;

    @Option(names = "--no-target", descriptionKey = "result.noTarget")
    private boolean noTarget;

    @Override
    public Integer call() {
        out().println(text("result.changed", sesi().implementation().editResults().edit(new EditResults.Change(result,
                description,
                indicator, baseline.baseline, baseline.value, baseline.note, noBaseline, target, noTarget)).changed()));
        return ExitCode.OK;
    }
}
