package se.coompanion.sesi.adapters.cli.synthesis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi synthesis}: recommendations resting on evidence, and the cross-analysis. */
@Command(name = "synthesis", resourceBundle = "se.coompanion.sesi.adapters.cli.synthesis.messages",
        mixinStandardHelpOptions = true, subcommands = {SynthesisRecommendCommand.class, SynthesisListCommand.class,
                SynthesisEvidenceCommand.class, SynthesisCrossCommand.class})
public final class SynthesisCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
