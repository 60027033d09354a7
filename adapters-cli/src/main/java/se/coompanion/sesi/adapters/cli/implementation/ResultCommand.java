package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi implementation result}: an activity's outputs and results with their indicators. */
@Command(name = "result", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, subcommands = {
            ResultAddCommand.class, ResultChangeCommand.class, ResultRemoveCommand.class})
public final class ResultCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
