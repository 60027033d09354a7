package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi learning pilot}: the pilot runs. */
@Command(name = "pilot", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, subcommands = {PilotAddCommand.class, PilotListCommand.class})
public final class PilotCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
