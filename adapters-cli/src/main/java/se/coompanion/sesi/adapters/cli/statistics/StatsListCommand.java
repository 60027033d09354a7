package se.coompanion.sesi.adapters.cli.statistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.domain.statistics.Statistics;

/** {@code sesi stats list [--format table|csv]}: every figure with women's share. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.statistics.messages",
        mixinStandardHelpOptions = true)
public final class StatsListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Statistics statistics = sesi().statistics().listStatistics().list();
        boolean forPeople = format.format() == OutputFormat.TABLE;
        if (forPeople && statistics.isEmpty()) {
            out().println(text("stats.empty"));
            return ExitCode.OK;
        }
        print(StatisticsTable.of(statistics, forPeople), format.format());
        return ExitCode.OK;
    }
}
