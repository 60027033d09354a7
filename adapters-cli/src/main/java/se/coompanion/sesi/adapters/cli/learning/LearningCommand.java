package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi learning}: the prototype learning programme (prototyp på lärprogram). */
@Command(name = "learning", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true,
        subcommands = {VersionCommand.class, ModuleCommand.class, PilotCommand.class, EvaluateCommand.class,
            ResultsCommand.class})
public final class LearningCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
