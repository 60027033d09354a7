package se.coompanion.sesi.adapters.cli.survey;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;

/** {@code sesi survey disposition RESPONSE_ID CODE [--date D] [--replace]}: records what came back for a unit. */
@Command(name = "disposition", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class DispositionCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "RESPONSE_ID", descriptionKey = "disposition.responseId")
    private String responseId;

    @Parameters(index = "1", paramLabel = "CODE", converter = SurveyValues.Dispositions.class,
            descriptionKey = "disposition.code")
    private Disposition code;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "disposition.date")
    private LocalDate date;

    @Option(names = "--replace", descriptionKey = "disposition.replace")
    private boolean replace;

    @Override
    public Integer call() {
        RecordDisposition.Result result =
                sesi().survey().recordDisposition().record(new RecordDisposition.Command(responseId,
                code, Optional.ofNullable(date), replace));
        if (result.recorded().isEmpty()) {
            out().println(text("disposition.unchanged", result.responseId().toString(), coded(code, code.title())));
            return ExitCode.OK;
        }
        DispositionEvent event = result.recorded().get();
        out().println(text("disposition.done", result.responseId().toString(), coded(code, code.title()),
                event.occurredOn().toString(), text(result.previous().title())));
        return ExitCode.OK;
    }
}
