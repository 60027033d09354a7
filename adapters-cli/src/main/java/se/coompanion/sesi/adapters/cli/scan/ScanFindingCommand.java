package se.coompanion.sesi.adapters.cli.scan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi scan finding}: findings of the environmental scan. */
@Command(name = "finding", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true, subcommands = {ScanFindingAddCommand.class, ScanFindingListCommand.class})
public final class ScanFindingCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
