package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi implementation activity}: the draft's activities, proposed from the recommendations. */
@Command(name = "activity", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, subcommands = {
            ActivityAddCommand.class, ActivityChangeCommand.class, ActivityAcceptCommand.class,
            ActivityDropCommand.class, ActivityMergeCommand.class})
public final class ActivityCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
