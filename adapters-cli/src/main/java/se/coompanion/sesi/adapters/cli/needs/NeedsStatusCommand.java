package se.coompanion.sesi.adapters.cli.needs;

import java.time.LocalDate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * {@code sesi needs status MUNICIPALITY STATUS [--date D] [--reopen --reason T]}: moves a needs assessment to
 * another status; a step back is a reopening with a reason.
 */
@Command(name = "status", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsStatusCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY", converter = NeedsConverters.MunicipalityConverter.class,
            descriptionKey = "needs.municipality")
    private Municipality municipality;

    @Parameters(index = "1", paramLabel = "STATUS", converter = NeedsConverters.StatusConverter.class,
            descriptionKey = "status.status")
    private AssessmentStatus status;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "needs.date")
    private LocalDate date;

    @Option(names = "--reopen", descriptionKey = "status.reopen")
    private boolean reopen;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "status.reason")
    private String reason;

    @Override
    public Integer call() {
        ChangeAssessmentStatus.Result result = sesi().needs().changeAssessmentStatus().change(
                new ChangeAssessmentStatus.Command(municipality, status, date, reopen, reason));
        StatusChange change = result.change();
        out().println(text(change.reopen() ? "status.reopened" : "status.done", municipality,
                text(change.to().title()), change.date(), change.from().map(s -> text(s.title())).orElse("")));
        if (!change.skipped().isEmpty()) {
            out().println(text("status.skipped", change.skipped().stream().map(s -> text(s.title()))
                    .collect(Collectors.joining(", "))));
        }
        return ExitCode.OK;
    }
}
