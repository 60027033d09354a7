package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi survey frame}: the sampling frame. */
@Command(name = "frame", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true,
        subcommands = {FrameImportCommand.class, FrameListCommand.class, FrameExcludedCommand.class})
public final class FrameCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
