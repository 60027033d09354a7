package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi seminar agenda}: the seminar's agenda of methods and models. */
@Command(name = "agenda", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, subcommands = {AgendaAddCommand.class, AgendaListCommand.class})
public final class AgendaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
