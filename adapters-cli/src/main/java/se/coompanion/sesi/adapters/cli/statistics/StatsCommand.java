package se.coompanion.sesi.adapters.cli.statistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi stats}: the statistics on women's entrepreneurship. */
@Command(name = "stats", resourceBundle = "se.coompanion.sesi.adapters.cli.statistics.messages",
        mixinStandardHelpOptions = true, subcommands = {StatsImportCommand.class, StatsListCommand.class})
public final class StatsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
