package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditAims;

/** {@code sesi implementation aim remove N}. */
@Command(name = "remove", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class AimRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "N", descriptionKey = "aim.number")
    private int number;

    @Override
    public Integer call() {
        out().println(text("aim.removed",
                sesi().implementation().editAims().edit(new EditAims.Remove(number)).changed()));
        return ExitCode.OK;
    }
}
