package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.ShowMinutes;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi seminar minutes show [VERSION]}: the text of a version of the minutes, the latest by default, exactly as
 * written (so that it can be saved to a file).
 */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class MinutesShowCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION", descriptionKey = "minutes.version")
    private Integer version;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        ShowMinutes.Result result = sesi().seminar().showMinutes().show(seminar.seminar());
        MinutesVersion shown = (version == null ? result.minutes().latest() : result.minutes().version(version))
                .orElseThrow(() -> new NotFoundException(Message.of(MinutesShowCommand.class, "minutes.noVersion",
                        result.seminar().id(), version == null ? "-" : version, result.minutes().versions().size())));
        out().print(shown.text());
        if (!shown.text().endsWith("\n")) {
            out().println();
        }
        out().flush();
        return ExitCode.OK;
    }
}
