package se.coompanion.sesi.adapters.cli.survey.entry;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.entry.Disagreement;

/**
 * {@code sesi survey entry compare [--open] [--format]}: every disagreement between pass 1 and pass 2 (CSV header
 * {@code response_id,variable,pass1,pass2}, fixed by cli.md) and the agreement rate with both counts. For people the
 * table also shows each resolution; with {@code --format csv} the rate goes to stderr, so that stdout stays CSV.
 */
@Command(name = "compare", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EntryCompareCommand extends CliCommand {

    private static final List<String> CSV = List.of("response_id", "variable", "pass1", "pass2");

    @Option(names = "--open", descriptionKey = "compare.open")
    private boolean open;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        CompareEntries.Result result = sesi().survey().compareEntries().compare(new CompareEntries.Query(open));
        boolean forPeople = format.format() == OutputFormat.TABLE;
        List<Table.Column> columns = new ArrayList<>();
        CSV.forEach(c -> columns.add(column(c)));
        if (forPeople) {
            columns.add(column("resolved"));
            columns.add(column("resolved_by"));
            columns.add(column("resolved_at"));
        }
        Table table = new Table(columns);
        for (Disagreement d : result.disagreements()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(d.responseId().toString()), Cell.text(d.variable()),
                    value(d.first(), forPeople), value(d.second(), forPeople)));
            if (forPeople) {
                cells.add(d.resolution().map(r -> value(r.value(), true))
                        .orElse(Cell.coded("", Message.of(EntryCompareCommand.class, "compare.openValue"))));
                cells.add(Cell.text(d.resolution().map(r -> r.resolvedBy()).orElse("")));
                cells.add(d.resolution().map(r -> Cell.time(r.resolvedAt().truncatedTo(ChronoUnit.SECONDS)))
                        .orElse(Cell.empty()));
            }
            table.row(cells);
        }
        if (forPeople && result.disagreements().isEmpty()) {
            out().println(text(open ? "compare.noneOpen" : "compare.none"));
        } else {
            print(table, format.format());
        }
        var summary = forPeople ? out() : err();
        if (forPeople) {
            summary.println();
        }
        if (result.fieldsCompared() == 0) {
            summary.println(text("compare.nothing"));
        } else {
            summary.println(text("compare.rate", result.fieldsAgreeing(), result.fieldsCompared(),
                    Cell.share(result.agreementRate()).plain(context().locale()), result.formsCompared(),
                    result.disagreeing(), result.disagreeing() - result.open(), result.open()));
        }
        summary.println(text("compare.definition"));
        if (result.firstOnly() + result.secondOnly() > 0) {
            summary.println(text(result.doubleEntry() ? "compare.awaiting" : "compare.single", result.firstOnly(),
                    result.secondOnly()));
        }
        if (result.samePerson() > 0) {
            summary.println(text("compare.samePerson", result.samePerson()));
        }
        summary.flush();
        return ExitCode.OK;
    }

    private Cell value(String value, boolean forPeople) {
        return forPeople && value.isEmpty() ? Cell.coded("", Message.of(EntryCompareCommand.class, "entry.empty"))
                : Cell.text(value);
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(EntryCompareCommand.class, "compare.column." + name));
    }
}
