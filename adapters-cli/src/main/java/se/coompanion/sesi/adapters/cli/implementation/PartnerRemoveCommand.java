package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;

/** {@code sesi implementation partner remove ACTOR}. */
@Command(name = "remove", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class PartnerRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "partner.actor")
    private String actor;

    @Override
    public Integer call() {
        out().println(text("partner.removed",
                sesi().implementation().editPartners().edit(new EditPartners.Remove(actor)).changed()));
        return ExitCode.OK;
    }
}
