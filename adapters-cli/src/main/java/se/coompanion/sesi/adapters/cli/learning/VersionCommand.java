package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi learning version}: the versions of the programme. */
@Command(name = "version", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true,
        subcommands = {VersionCreateCommand.class, VersionListCommand.class, VersionShowCommand.class})
public final class VersionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
