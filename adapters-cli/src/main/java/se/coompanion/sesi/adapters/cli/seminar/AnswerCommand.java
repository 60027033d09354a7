package se.coompanion.sesi.adapters.cli.seminar;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.domain.seminar.Answer;

/**
 * {@code sesi seminar answer CONTACT ACCEPTED|DECLINED [--via phone|letter|email|...] [--date D] [--replace]}: the
 * answer an invited person gave, recorded by the organiser.
 */
@Command(name = "answer", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class AnswerCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "CONTACT", descriptionKey = "answer.contact")
    private String contact;

    @Parameters(index = "1", paramLabel = "ACCEPTED|DECLINED", descriptionKey = "answer.answer")
    private String answer;

    @Option(names = "--via", paramLabel = "CHANNEL", descriptionKey = "answer.via")
    private String via;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "answer.date")
    private LocalDate date;

    @Option(names = "--replace", descriptionKey = "answer.replace")
    private boolean replace;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        RecordAnswer.Result result = sesi().seminar().recordAnswer().answer(new RecordAnswer.Command(seminar.seminar(),
                contact, answer, via, date, replace));
        Answer given = result.now().answer().orElseThrow();
        out().println(text("answer.done", result.guest().contact().details().name(), result.guest().actor().name(),
                text(given.reply().title()), given.on(),
                given.via().map(v -> text("answer.via.shown", text(v.title()))).orElse("")));
        result.replaced().ifPresent(before -> out().println(text("answer.replaced", text(before.title()))));
        return ExitCode.OK;
    }
}
