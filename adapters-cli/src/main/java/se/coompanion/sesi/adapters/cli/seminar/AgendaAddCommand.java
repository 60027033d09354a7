package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;

/** {@code sesi seminar agenda add TITLE [--method M] [--description T]}: an item at the end of the agenda. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class AgendaAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "agenda.title")
    private String title;

    @Option(names = "--method", paramLabel = "METHOD", descriptionKey = "agenda.method")
    private String method;

    @Option(names = "--description", descriptionKey = "agenda.description")
    private String description;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        AddAgendaItem.Result result = sesi().seminar().addAgendaItem().add(new AddAgendaItem.Command(seminar.seminar(),
                title, method, description));
        out().println(text("agenda.done", result.item().number(), result.item().title(), result.seminar().id()));
        return ExitCode.OK;
    }
}
