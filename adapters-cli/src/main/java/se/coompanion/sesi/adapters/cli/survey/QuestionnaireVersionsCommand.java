package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/** {@code sesi survey questionnaire versions [--format]}: every version loaded. */
@Command(name = "versions", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class QuestionnaireVersionsCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Table table = Table.of(column("version"), column("loaded_at"), column("source"), column("questions"),
                column("conditional"));
        for (QuestionnaireVersion v : sesi().survey().showQuestionnaire().versions()) {
            table.row(Cell.number(v.number()), Cell.time(v.loadedAt()), Cell.text(v.source()),
                    Cell.number(v.questionnaire().questions().size()),
                    Cell.number(v.questionnaire().conditionalQuestions()));
        }
        print(table, format.format());
        return ExitCode.OK;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(QuestionnaireVersionsCommand.class, "versions.column." + name));
    }
}
