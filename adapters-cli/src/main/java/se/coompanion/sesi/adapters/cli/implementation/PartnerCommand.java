package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi implementation partner}: the partners from the shortlist and their letters of intent. */
@Command(name = "partner", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, subcommands = {
            PartnerAddCommand.class, PartnerChangeCommand.class, PartnerRemoveCommand.class,
            PartnerLetterCommand.class})
public final class PartnerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
