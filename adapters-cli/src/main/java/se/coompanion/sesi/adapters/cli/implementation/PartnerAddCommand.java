package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;

/** {@code sesi implementation partner add ACTOR}: an actor of the partner shortlist as a partner. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class PartnerAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "partner.actor")
    private String actor;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "partner.role")
    private String role;

    @Option(names = "--contribution", descriptionKey = "partner.contribution")
    private String contribution;

    @Override
    public Integer call() {
        out().println(text("partner.added", sesi().implementation().editPartners().edit(new EditPartners.Add(actor,
                role, contribution)).changed()));
        return ExitCode.OK;
    }
}
