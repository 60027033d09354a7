package se.coompanion.sesi.adapters.cli.stakeholder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.stakeholder.port.in.ShowAssessmentHistory;

/** {@code sesi stakeholder history ACTOR}: every assessment of one actor, oldest first, and the current one. */
@Command(name = "history", resourceBundle = "se.coompanion.sesi.adapters.cli.stakeholder.messages",
        mixinStandardHelpOptions = true)
public final class StakeholderHistoryCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "assess.actor")
    private String actor;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowAssessmentHistory.Result history = sesi().stakeholders().showAssessmentHistory().history(actor);
        if (format.format() == OutputFormat.TABLE) {
            out().println(text(history.assessments().isEmpty() ? "history.none" : "history.heading",
                    history.actor().label()));
            out().println();
        }
        print(StakeholderTables.history(history.assessments()), format.format());
        return ExitCode.OK;
    }
}
