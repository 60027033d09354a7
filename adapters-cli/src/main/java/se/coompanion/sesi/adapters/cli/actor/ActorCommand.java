package se.coompanion.sesi.adapters.cli.actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi actor}: the actor register. */
@Command(name = "actor", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true,
        subcommands = {ActorImportCommand.class, ActorAddCommand.class, ActorListCommand.class,
            ActorShowCommand.class})
public final class ActorCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
