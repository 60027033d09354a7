package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi survey frame excluded [--format]}: the frame's rows kept outside the survey population, and why. */
@Command(name = "excluded", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class FrameExcludedCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(FrameTables.excluded(sesi().survey().listSamplingFrame().excluded()), format.format());
        return ExitCode.OK;
    }
}
