package se.coompanion.sesi.adapters.cli.actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi contact}: contact persons of actors (personal data). */
@Command(name = "contact", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true, subcommands = {ContactAddCommand.class, ContactListCommand.class})
public final class ContactCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
