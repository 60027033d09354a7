package se.coompanion.sesi.adapters.documents.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Group;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionCounts;

/**
 * The response rates: the CSV header {@code group,I,P,R,NC,O,UH,UO,NE,RR1,RR2,RR3,COOP1} is fixed by cli.md; rates
 * are shares with 4 decimals, and a rate that is not defined is an empty cell (people read "not defined"). People
 * also see e, the estimated eligible share RR3 uses.
 */
public final class RatesTable {

    private static final List<String> COLUMNS = List.of("group", "I", "P", "R", "NC", "O", "UH", "UO", "NE", "RR1",
            "RR2", "RR3", "COOP1");

    private RatesTable() {
    }

    public static Table of(ComputeResponseRates.Result result, boolean forPeople) {
        List<Table.Column> columns = new ArrayList<>();
        COLUMNS.forEach(c -> columns.add(new Table.Column(c, Message.of(RatesTable.class, "rates.column." + c))));
        if (forPeople) {
            columns.add(new Table.Column("e", Message.of(RatesTable.class, "rates.column.e")));
        }
        Table table = new Table(columns);
        for (Group group : result.groups()) {
            DispositionCounts counts = group.counts();
            List<Cell> cells = new ArrayList<>();
            cells.add(groupCell(group, result.by()));
            for (Disposition disposition : Disposition.values()) {
                cells.add(Cell.number(counts.count(disposition)));
            }
            cells.add(rate(counts.rr1()));
            cells.add(rate(counts.rr2()));
            cells.add(rate(counts.rr3()));
            cells.add(rate(counts.coop1()));
            if (forPeople) {
                cells.add(counts.e().isPresent() ? Cell.decimal(counts.e().getAsDouble(), 4) : undefined());
            }
            table.row(cells);
        }
        return table;
    }

    /** The formulas, for people under the table. */
    public static List<Message> legend() {
        return List.of(Message.of(RatesTable.class, "rates.legend.rr1"), Message.of(RatesTable.class, "rates.legend.rr2"),
                Message.of(RatesTable.class, "rates.legend.rr3"), Message.of(RatesTable.class, "rates.legend.coop1"),
                Message.of(RatesTable.class, "rates.legend.population"));
    }

    private static Cell groupCell(Group group, ComputeResponseRates.Grouping by) {
        if (group.key().equals(Group.ALL)) {
            return Cell.coded(Group.ALL, Message.of(RatesTable.class, "rates.all"));
        }
        return switch (by) {
            case COUNTY -> Cell.coded(group.key(), Message.literal(County.of(group.key()).toString()));
            case LEGAL_FORM -> Cell.coded(group.key(), Message.literal(LegalForm.valueOf(group.key()).swedishName()));
            case NONE -> Cell.text(group.key());
        };
    }

    private static Cell rate(OptionalDouble rate) {
        return rate.isPresent() ? Cell.share(rate.getAsDouble()) : undefined();
    }

    private static Cell undefined() {
        return Cell.coded("", Message.of(RatesTable.class, "rates.undefined"));
    }
}
