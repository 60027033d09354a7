package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi seminar agenda list}: the agenda with each item's outcome (ratings, mean with N, conclusions). */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class AgendaListCommand extends CliCommand {

    @Mixin
    private SeminarOption seminar;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(SeminarTables.agenda(sesi().seminar().showSeminar().show(seminar.seminar()).dossier().seminar()),
                format.format());
        return ExitCode.OK;
    }
}
