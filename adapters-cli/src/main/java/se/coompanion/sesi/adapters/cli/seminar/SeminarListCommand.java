package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi seminar list}: every seminar with its figures. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class SeminarListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(SeminarTables.seminars(sesi().seminar().listSeminars().list()), format.format());
        return ExitCode.OK;
    }
}
