package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi learning pilot list}: every pilot run with its participants by gender and its evaluations. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true)
public final class PilotListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(LearningTables.pilots(sesi().learning().listPilotRuns().list()), format.format());
        return ExitCode.OK;
    }
}
