package se.coompanion.sesi.adapters.cli.scan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi scan}: the environmental scan (omvärldsanalys): sources and the findings drawn from them. */
@Command(name = "scan", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true, subcommands = {ScanSourceCommand.class, ScanFindingCommand.class})
public final class ScanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
