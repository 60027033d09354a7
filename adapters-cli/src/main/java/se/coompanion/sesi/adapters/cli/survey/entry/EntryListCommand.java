package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.ShowEntryStatus;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi survey entry list [--format]}: every keyed form, its passes and where it stands. CSV header
 * {@code response_id,pass1,pass2,questionnaire_version,completeness,state,open_disagreements}.
 */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true)
public final class EntryListCommand extends CliCommand {

    private static final List<String> COLUMNS = List.of("response_id", "pass1", "pass2", "questionnaire_version",
            "completeness", "state", "open_disagreements");

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowEntryStatus.Result status = sesi().survey().showEntryStatus().status();
        Table table = new Table(COLUMNS.stream().map(c -> new Table.Column(c, Message.of(EntryListCommand.class,
                "list.column." + c))).toList());
        for (ShowEntryStatus.Form form : status.forms()) {
            var f = form.form();
            table.row(Cell.text(f.responseId().toString()), Cell.bool(form.first()), Cell.bool(form.second()),
                    Cell.number(f.version()), Cell.coded(f.completeness(), f.completeness().title()),
                    Cell.coded(f.state(), f.state().title()), Cell.number(f.open()));
        }
        if (format.format() == OutputFormat.TABLE) {
            out().println(text(status.settings().doubleEntry() ? "settings.on" : "settings.off"));
            out().println(text("settings.forms", new EntryTexts(context().locale()).states(status.states())));
            out().println();
        }
        print(table, format.format());
        return ExitCode.OK;
    }
}
