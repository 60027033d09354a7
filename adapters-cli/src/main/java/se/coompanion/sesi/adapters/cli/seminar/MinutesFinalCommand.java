package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;

/** {@code sesi seminar minutes final}: makes the latest draft final; it is locked from then on. */
@Command(name = "final", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class MinutesFinalCommand extends CliCommand {

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        FinaliseMinutes.Result result = sesi().seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(
                seminar.seminar()));
        out().println(text("minutes.finalised", result.version().version()));
        return ExitCode.OK;
    }
}
