package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi learning evaluate}: the participants' evaluations (Kirkpatrick levels 1-3). */
@Command(name = "evaluate", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true,
        subcommands = {EvaluateImportCommand.class, EvaluateListCommand.class, FollowUpCommand.class})
public final class EvaluateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
