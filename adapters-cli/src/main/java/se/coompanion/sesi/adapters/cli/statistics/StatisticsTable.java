package se.coompanion.sesi.adapters.cli.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.Statistics;

/**
 * The statistics listing. CSV columns are fixed by cli.md: {@code indicator,region,year,women,men,unit,women_share,
 * source} ({@code women_share} a share with 4 decimals, {@code source} "publisher: title (year)"); people also see,
 * before the source, the difference from Sweden in percentage points and whether a figure is example data.
 */
public final class StatisticsTable {

    private static final List<String> COLUMNS = List.of("indicator", "region", "year", "women", "men", "unit",
            "women_share", "source");
    /** Where the source column is: people see the comparison and the example flag before it. */
    private static final int SOURCE = COLUMNS.indexOf("source");

    private StatisticsTable() {
    }

    public static Table of(Statistics statistics, boolean forPeople) {
        List<Table.Column> columns = new ArrayList<>();
        COLUMNS.forEach(name -> columns.add(column(name)));
        if (forPeople) {
            columns.add(SOURCE, column("against_sweden"));
            columns.add(SOURCE + 1, column("example"));
        }
        Table table = new Table(columns);
        for (Figure figure : statistics.figures()) {
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.text(figure.indicator().name()),
                    forPeople ? Cell.text(figure.region().code() + " " + figure.region().name().localized())
                            : Cell.text(figure.region().code()),
                    Cell.number(figure.year()),
                    women(figure.values()),
                    men(figure.values()),
                    Cell.coded(figure.unit(), figure.unit().title()),
                    Cell.share(figure.womenShare().doubleValue()),
                    Cell.text(figure.source().citation())));
            if (forPeople) {
                cells.add(SOURCE, statistics.againstNational(figure).map(c -> Cell.decimal(c.points(), 1))
                        .orElse(Cell.empty()));
                cells.add(SOURCE + 1, figure.example() ? Cell.bool(true) : Cell.empty());
            }
            table.row(cells);
        }
        return table;
    }

    private static Cell women(FigureValues values) {
        if (values instanceof FigureValues.Counts c) {
            return Cell.number(c.women());
        }
        return asGiven(((FigureValues.Percents) values).women());
    }

    private static Cell men(FigureValues values) {
        if (values instanceof FigureValues.Counts c) {
            return Cell.number(c.men());
        }
        return ((FigureValues.Percents) values).men().map(StatisticsTable::asGiven).orElse(Cell.empty());
    }

    /** A percentage with the decimals it was given with: 31, 29.5. */
    private static Cell asGiven(Percentage percentage) {
        BigDecimal value = percentage.value();
        return Cell.decimal(value, Math.max(0, value.scale()));
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(StatisticsTable.class, "stats.column." + name));
    }
}
