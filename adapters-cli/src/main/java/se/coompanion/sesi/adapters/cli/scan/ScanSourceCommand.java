package se.coompanion.sesi.adapters.cli.scan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi scan source}: sources of the environmental scan. */
@Command(name = "source", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true, subcommands = {ScanSourceAddCommand.class, ScanSourceListCommand.class})
public final class ScanSourceCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
