package se.coompanion.sesi.adapters.cli.learning;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi learning evaluate list [--pilot N]}: the evaluation forms, one row per participant and module. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true)
public final class EvaluateListCommand extends CliCommand {

    @Option(names = "--pilot", paramLabel = "N", descriptionKey = "evaluate.pilot")
    private Integer pilot;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(LearningTables.evaluations(sesi().learning().listEvaluations().list(Optional.ofNullable(pilot))),
                format.format());
        return ExitCode.OK;
    }
}
