package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;

/** {@code sesi status}: every activity's progress against its target. */
@Command(name = "status", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        mixinStandardHelpOptions = true)
public final class StatusCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowProgress.Result result = sesi().preStudy().showProgress().show();
        out().print(StatusTable.render(result, context().locale(), format.format()));
        out().flush();
        context().keepStatusSummary(StatusSummary.of(result));
        return ExitCode.OK;
    }
}
