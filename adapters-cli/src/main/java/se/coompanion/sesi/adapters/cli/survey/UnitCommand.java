package se.coompanion.sesi.adapters.cli.survey;

import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.ShowSurveyUnit;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;

/** {@code sesi survey unit RESPONSE_ID}: one unit's address, the waves it was sent and its disposition history. */
@Command(name = "unit", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class UnitCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "RESPONSE_ID", descriptionKey = "unit.responseId")
    private String responseId;

    @Override
    public Integer call() {
        ShowSurveyUnit.Result result = sesi().survey().showSurveyUnit().show(new ShowSurveyUnit.Query(responseId));
        FrameUnit unit = result.unit();
        out().println(text("unit.heading", unit.responseId().orElseThrow().toString(), unit.name(),
                unit.orgNumber().formatted()));
        out().println(text("unit.form", unit.legalForm().swedishName(), text(unit.businessActivity().title())));
        out().println(text("unit.address", unit.address().careOf().map(c -> c + ", ").orElse(""),
                unit.address().street(), unit.address().postalCode().formatted(), unit.address().town()));
        out().println(text("unit.municipality", unit.municipality().toString(), unit.county().toString()));
        if (unit.eligibility().businessActivityUnconfirmed()) {
            out().println(text("unit.unconfirmed"));
        }
        out().println(text("unit.disposition", coded(result.disposition(), result.disposition().title())));
        out().println();
        Table waves = Table.of(column("wave"), column("type"), column("date"));
        for (ContactWave wave : result.waves()) {
            waves.row(Cell.number(wave.number()), Cell.coded(wave.type(), wave.type().title()),
                    Cell.date(wave.sentOn()));
        }
        out().println(text("unit.waves"));
        print(waves, OutputFormat.TABLE);
        out().println();
        Table events = Table.of(column("date"), column("disposition"), column("source"), column("recorded_at"));
        for (DispositionEvent event : result.history()) {
            events.row(Cell.date(event.occurredOn()), Cell.coded(event.disposition(), event.disposition().title()),
                    Cell.coded(event.source(), Message.of(UnitCommand.class, "unit.source." + event.source().name())),
                    Cell.time(event.recordedAt().truncatedTo(ChronoUnit.SECONDS)));
        }
        out().println(text("unit.history"));
        print(events, OutputFormat.TABLE);
        return ExitCode.OK;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(UnitCommand.class, "unit.column." + name));
    }
}
