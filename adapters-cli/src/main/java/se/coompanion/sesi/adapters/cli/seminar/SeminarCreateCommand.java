package se.coompanion.sesi.adapters.cli.seminar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.domain.seminar.Seminar;

/** {@code sesi seminar create}: plans a seminar. */
@Command(name = "create", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class SeminarCreateCommand extends CliCommand {

    @Option(names = "--title", required = true, descriptionKey = "create.title")
    private String title;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "create.date")
    private LocalDate date;

    @Option(names = "--place", descriptionKey = "create.place")
    private String place;

    @Option(names = "--link", paramLabel = "URL", descriptionKey = "create.link")
    private String link;

    @Option(names = "--answer-by", paramLabel = "YYYY-MM-DD", descriptionKey = "create.answerBy")
    private LocalDate answerBy;

    @Option(names = "--accessibility", paramLabel = "MEASURE", descriptionKey = "create.accessibility")
    private List<String> accessibility = new ArrayList<>();

    @Override
    public Integer call() {
        Seminar seminar = sesi().seminar().createSeminar().create(new CreateSeminar.Command(title, date, answerBy,
                place, link, accessibility));
        out().println(text("create.done", seminar.id(), seminar.facts().title(), seminar.facts().date(),
                seminar.facts().answerBy()));
        return ExitCode.OK;
    }
}
