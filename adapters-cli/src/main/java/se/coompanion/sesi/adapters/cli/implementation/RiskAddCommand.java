package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;

/** {@code sesi implementation risk add}: a risk with its likelihood, impact and mitigation. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class RiskAddCommand extends CliCommand {

    @Option(names = "--description", required = true, descriptionKey = "risk.description")
    private String description;

    @Option(names = "--likelihood", required = true, paramLabel = "LOW|MEDIUM|HIGH", descriptionKey = "risk.likelihood")
    private String likelihood;

    @Option(names = "--impact", required = true, paramLabel = "LOW|MEDIUM|HIGH", descriptionKey = "risk.impact")
    private String impact;

    @Option(names = "--mitigation", required = true, descriptionKey = "risk.mitigation")
    private String mitigation;

    @Override
    public Integer call() {
        out().println(text("risk.added", sesi().implementation().editRisks().edit(new EditRisks.Add(description,
                likelihood, impact, mitigation)).changed()));
        return ExitCode.OK;
    }
}
