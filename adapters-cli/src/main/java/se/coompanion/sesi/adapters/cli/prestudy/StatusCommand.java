package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.cli.OutputFormat;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;

/** {@code sesi status}: every activity's progress against its target. */
@Command(name = "status", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        mixinStandardHelpOptions = true)
public final class StatusCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowProgress.Result result = sesi().showProgress().show();
        boolean forPeople = format.format() == OutputFormat.TABLE;
        if (forPeople) {
            out().println(text(StatusTable.heading(result.preStudy())));
            out().println();
        }
        print(StatusTable.of(result, forPeople), format.format());
        return ExitCode.OK;
    }
}
