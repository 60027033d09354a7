package se.coompanion.sesi.adapters.cli.needs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.shared.Municipality;

/** {@code sesi needs show MUNICIPALITY}: one needs assessment with its history, meetings and needs, for people. */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true)
public final class NeedsShowCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY", converter = NeedsConverters.MunicipalityConverter.class,
            descriptionKey = "needs.municipality")
    private Municipality municipality;

    @Override
    public Integer call() {
        ShowNeedsAssessment.Result result = sesi().needs().showNeedsAssessment().show(municipality);
        NeedsAssessment assessment = result.assessment();
        out().println(text("show.heading", municipality, municipality.county().name(),
                text(assessment.status().title())));
        if (result.outsideTarget()) {
            out().println(text("needs.outside", municipality));
        }
        out().println();
        out().println(text("show.history"));
        print(NeedsTables.history(assessment), OutputFormat.TABLE);
        out().println();
        out().println(text("show.meetings", assessment.meetings().size()));
        if (!assessment.meetings().isEmpty()) {
            print(NeedsTables.meetings(assessment), OutputFormat.TABLE);
        }
        out().println();
        out().println(text("show.needs", assessment.needs().size()));
        if (!assessment.needs().isEmpty()) {
            print(NeedsTables.needs(assessment), OutputFormat.TABLE);
        }
        return ExitCode.OK;
    }
}
