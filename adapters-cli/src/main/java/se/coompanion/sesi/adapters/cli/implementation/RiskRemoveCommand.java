package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;

/** {@code sesi implementation risk remove N}. */
@Command(name = "remove", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class RiskRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "N", descriptionKey = "risk.number")
    private int number;

    @Override
    public Integer call() {
        out().println(text("risk.removed",
                sesi().implementation().editRisks().edit(new EditRisks.Remove(number)).changed()));
        return ExitCode.OK;
    }
}
