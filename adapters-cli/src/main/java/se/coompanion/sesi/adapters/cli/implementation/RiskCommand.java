package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi implementation risk}: the implementation project's risks. */
@Command(name = "risk", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, subcommands = {
            RiskAddCommand.class, RiskChangeCommand.class, RiskRemoveCommand.class})
public final class RiskCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
