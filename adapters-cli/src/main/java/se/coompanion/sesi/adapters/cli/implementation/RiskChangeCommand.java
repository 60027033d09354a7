package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;

/** {@code sesi implementation risk change N}: an option left out keeps the value. */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class RiskChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "N", descriptionKey = "risk.number")
    private int number;

    @Option(names = "--description", descriptionKey = "risk.description")
    private String description;

    @Option(names = "--likelihood", paramLabel = "LOW|MEDIUM|HIGH", descriptionKey = "risk.likelihood")
    private String likelihood;

    @Option(names = "--impact", paramLabel = "LOW|MEDIUM|HIGH", descriptionKey = "risk.impact")
    private String impact;

    @Option(names = "--mitigation", descriptionKey = "risk.mitigation")
    private String mitigation;

    @Override
    public Integer call() {
        out().println(text("risk.changed", sesi().implementation().editRisks().edit(new EditRisks.Change(number,
                description, likelihood, impact, mitigation)).changed()));
        return ExitCode.OK;
    }
}
