package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ContactWave;

/** {@code sesi survey waves [--format]}: the contact waves recorded. */
@Command(name = "waves", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class WavesCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Table table = Table.of(column("wave"), column("type"), column("date"), column("recipients"),
                column("questionnaire_version"));
        for (ContactWave wave : sesi().survey().listContactWaves().list()) {
            table.row(Cell.number(wave.number()), Cell.coded(wave.type(), wave.type().title()),
                    Cell.date(wave.sentOn()), Cell.number(wave.recipients()),
                    wave.questionnaireVersion().isPresent() ? Cell.number(wave.questionnaireVersion().getAsInt())
                            : Cell.empty());
        }
        print(table, format.format());
        return ExitCode.OK;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(WavesCommand.class, "waves.column." + name));
    }
}
