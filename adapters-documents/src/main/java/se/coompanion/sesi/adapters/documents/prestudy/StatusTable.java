package se.coompanion.sesi.adapters.documents.prestudy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.adapters.documents.render.PlainTable;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The status table: the CSV columns {@code activity,target,actual,unit,progress_percent,status} are fixed by
 * cli.md; people also see each activity's details.
 */
public final class StatusTable {

    private static final List<String> COLUMNS = List.of("activity", "target", "actual", "unit", "progress_percent",
            "status");

    private StatusTable() {
    }

    /** "SESI (23-032-S01), 2024-01-01 to 2024-12-31" in the user's language. */
    public static Message heading(PreStudy preStudy) {
        return Message.of(StatusTable.class, "status.heading", preStudy.facts().name(),
                preStudy.facts().caseNumber(), preStudy.facts().period().start(), preStudy.facts().period().end());
    }

    /**
     * What {@code sesi status} prints: for people the heading, an empty line and the table with details; as CSV the
     * fixed columns only.
     */
    public static String render(ShowProgress.Result result, Locale locale, OutputFormat format) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == OutputFormat.CSV) {
            CsvTable.print(of(result, false), out);
        } else {
            out.println(heading(result.preStudy()).format(locale));
            out.println();
            PlainTable.print(of(result, true), locale, out);
        }
        out.flush();
        return text.toString();
    }

    public static Table of(ShowProgress.Result result, boolean withDetails) {
        List<Table.Column> columns = new ArrayList<>();
        COLUMNS.forEach(name -> columns.add(column(name)));
        if (withDetails) {
            columns.add(column("details"));
        }
        Table table = new Table(columns);
        for (ActivityProgress progress : result.activities()) {
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.coded(progress.key(), progress.key().title()),
                    target(progress),
                    Cell.number(progress.actual()),
                    Cell.coded(progress.unit(), progress.unit().title()),
                    Cell.percent(progress.percent().orElse(null)),
                    Cell.coded(progress.status(), progress.status().title())));
            if (withDetails) {
                cells.add(Cell.phrases(progress.details()));
            }
            table.row(cells);
        }
        return table;
    }

    /** The target's number; "all" while the set of an "all of" target is still empty, nothing without a target. */
    private static Cell target(ActivityProgress progress) {
        if (progress.percent().isPresent()) {
            return Cell.number(progress.target());
        }
        if (progress.activity().target().kind() == Target.Kind.ALL) {
            return Cell.placeholder(Message.of(StatusTable.class, "status.target.all"));
        }
        return Cell.empty();
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(StatusTable.class, "status.column." + name));
    }
}
