package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi seminar minutes}: the seminar's minutes, DRAFT then FINAL, every version kept. */
@Command(name = "minutes", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, subcommands = {MinutesWriteCommand.class, MinutesFinalCommand.class,
            MinutesShowCommand.class, MinutesVersionsCommand.class})
public final class MinutesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
