package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.domain.survey.FrameSize;

/** {@code sesi survey frame list [--format]}: the survey population with each unit's disposition. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class FrameListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        var frame = sesi().survey().listSamplingFrame();
        if (format.format() == OutputFormat.TABLE) {
            FrameSize size = frame.size();
            out().println(text("frame.list.heading", size.population(), size.units(), size.excluded()));
            out().println();
        }
        print(FrameTables.population(frame.population()), format.format());
        return ExitCode.OK;
    }
}
