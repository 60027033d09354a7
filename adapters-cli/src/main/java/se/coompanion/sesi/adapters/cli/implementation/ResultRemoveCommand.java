package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditResults;

/** {@code sesi implementation result remove A/N}. */
@Command(name = "remove", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class ResultRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY/N", descriptionKey = "result.result")
    private String result;

    @Override
    public Integer call() {
        out().println(text("result.removed",
                sesi().implementation().editResults().edit(new EditResults.Remove(result)).changed()));
        return ExitCode.OK;
    }
}
