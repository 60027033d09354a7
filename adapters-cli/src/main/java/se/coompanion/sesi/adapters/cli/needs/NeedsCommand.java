package se.coompanion.sesi.adapters.cli.needs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi needs}: the needs analysis in the municipalities. */
@Command(name = "needs", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, subcommands = {NeedsImportCommand.class, NeedsPlanCommand.class,
                NeedsMeetingCommand.class, NeedsAddCommand.class, NeedsStatusCommand.class, NeedsShowCommand.class,
                NeedsCoverageCommand.class, NeedsThemesCommand.class, NeedsListCommand.class})
public final class NeedsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
