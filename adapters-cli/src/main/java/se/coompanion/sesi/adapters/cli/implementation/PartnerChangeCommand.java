package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;

/** {@code sesi implementation partner change ACTOR}: a partner's role and contribution. */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class PartnerChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "partner.actor")
    private String actor;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "partner.newRole")
    private String role;

    @Option(names = "--contribution", descriptionKey = "partner.newContribution")
    private String contribution;

    @Override
    public Integer call() {
        out().println(text("partner.changed", sesi().implementation().editPartners().edit(new EditPartners.Change(actor,
                role, contribution)).changed()));
        return ExitCode.OK;
    }
}
