package se.coompanion.sesi.adapters.cli.needs;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.shared.Municipality;

/** {@code sesi needs plan MUNICIPALITY [--date D]}: plans a municipality's needs assessment. */
@Command(name = "plan", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsPlanCommand extends NeedsCliCommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY", converter = NeedsConverters.MunicipalityConverter.class,
            descriptionKey = "needs.municipality")
    private Municipality municipality;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "needs.date")
    private LocalDate date;

    @Override
    public Integer call() {
        NeedsAssessment planned =
                sesi().needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(municipality, date));
        out().println(text("plan.done", municipality, planned.latestChange().date()));
        noteOutside(municipality);
        return ExitCode.OK;
    }
}
