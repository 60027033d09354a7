package se.coompanion.sesi.adapters.cli.statistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;

/** {@code sesi stats import FILE [--replace]}: statistical figures from a CSV file. */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.statistics.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class StatsImportCommand extends CliCommand {

    @Mixin
    private ImportFile importFile;

    @Option(names = "--replace", descriptionKey = "stats.replace")
    private boolean replace;

    @Override
    public Integer call() {
        importFile.run((rows, options) -> sesi().statistics().importStatistics().importStatistics(
                new ImportStatistics.Command(rows, options, replace)), context().locale(), out(), err());
        return ExitCode.OK;
    }
}
