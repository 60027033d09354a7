package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi seminar minutes versions}: every version of the minutes, its status and when it was written. */
@Command(name = "versions", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class MinutesVersionsCommand extends CliCommand {

    @Mixin
    private SeminarOption seminar;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(SeminarTables.versions(sesi().seminar().showMinutes().show(seminar.seminar()).minutes()),
                format.format());
        return ExitCode.OK;
    }
}
