package se.coompanion.sesi.adapters.documents.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.results.Base;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/**
 * A question's results for people: one table with the answers as rows and, for each group, its count and share
 * (a cross-tab's column percents), then the rows outside the percent base (no answer, not asked) and N. The same
 * table is printed in the terminal and written under the chart of the results page.
 */
public final class ResultsGrid {

    private final GroupNames names;
    private final Locale locale;

    public ResultsGrid(GroupNames names, Locale locale) {
        this.names = names;
        this.locale = locale;
    }

    public Table of(QuestionResults results) {
        List<QuestionResults.Column> columns = results.columns();
        if (columns.get(0) instanceof QuestionResults.ChoiceColumn) {
            return choices(results);
        }
        if (columns.get(0) instanceof QuestionResults.MultiColumn) {
            return multi(results);
        }
        if (columns.get(0) instanceof QuestionResults.TextColumn) {
            return texts(results);
        }
        return summaries(results);
    }

    private Table choices(QuestionResults results) {
        List<QuestionResults.ChoiceColumn> columns = results.columns().stream()
                .map(QuestionResults.ChoiceColumn.class::cast).toList();
        List<Table.Column> header = new ArrayList<>(List.of(column("answer", "column.answer")));
        for (QuestionResults.ChoiceColumn c : columns) {
            header.add(column(c, "column.count"));
            header.add(column(c, "column.share"));
        }
        Table table = new Table(header);
        for (int i = 0; i < columns.get(0).codes().size(); i++) {
            int code = i;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(GroupNames.choice(columns.get(0).codes().get(i)
                    .choice()))));
            columns.forEach(c -> {
                row.add(Cell.number(c.codes().get(code).count()));
                row.add(share(c.codes().get(code).share()));
            });
            table.row(row);
        }
        if (results.question().type() == QuestionType.LIKERT_5) {
            List<Cell> row = new ArrayList<>(List.of(label("row.likertMean")));
            columns.forEach(c -> {
                row.add(c.mean().map(m -> Cell.number(m.n())).orElse(Cell.empty()));
                row.add(c.mean().map(m -> Cell.decimal(m.value(), 2)).orElse(Cell.empty()));
            });
            table.row(row);
        }
        baseRows(table, columns, 2, "row.valid");
        return table;
    }

    private Table multi(QuestionResults results) {
        List<QuestionResults.MultiColumn> columns = results.columns().stream()
                .map(QuestionResults.MultiColumn.class::cast).toList();
        List<Table.Column> header = new ArrayList<>(List.of(column("answer", "column.option")));
        for (QuestionResults.MultiColumn c : columns) {
            header.add(column(c, "column.count"));
            header.add(column(c, "column.ofRespondents"));
            header.add(column(c, "column.ofAnswers"));
        }
        Table table = new Table(header);
        for (int i = 0; i < columns.get(0).options().size(); i++) {
            int option = i;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(GroupNames.choice(columns.get(0).options().get(i)
                    .choice()))));
            columns.forEach(c -> {
                QuestionResults.OptionCount count = c.options().get(option);
                row.add(Cell.number(count.count()));
                row.add(share(count.ofRespondents()));
                row.add(share(count.ofAnswers()));
            });
            table.row(row);
        }
        List<Cell> ticks = new ArrayList<>(List.of(label("row.answers")));
        columns.forEach(c -> {
            ticks.add(Cell.number(c.answers()));
            ticks.add(Cell.empty());
            ticks.add(c.answers() > 0 ? Cell.share(1.0) : Cell.empty());
        });
        table.row(ticks);
        baseRows(table, columns, 3, "row.respondents");
        return table;
    }

    private Table summaries(QuestionResults results) {
        List<QuestionResults.Column> columns = results.columns();
        List<Table.Column> header = new ArrayList<>(List.of(column("figure", "column.figure")));
        columns.forEach(c -> header.add(new Table.Column(c.group(), Message.literal(names.withN(c)))));
        Table table = new Table(header);
        if (columns.get(0) instanceof QuestionResults.NumberColumn) {
            List<QuestionResults.NumberColumn> numbers = columns.stream().map(QuestionResults.NumberColumn.class::cast)
                    .toList();
            statistic(table, "row.mean", numbers, s -> Cell.decimal(s.mean(), 2));
            statistic(table, "row.median", numbers, s -> number(s.median()));
            statistic(table, "row.min", numbers, s -> number(s.min()));
            statistic(table, "row.max", numbers, s -> number(s.max()));
        } else {
            List<QuestionResults.DateColumn> dates = columns.stream().map(QuestionResults.DateColumn.class::cast)
                    .toList();
            List<Cell> earliest = new ArrayList<>(List.of(label("row.earliest")));
            List<Cell> latest = new ArrayList<>(List.of(label("row.latest")));
            dates.forEach(d -> {
                earliest.add(d.earliest().map(Cell::date).orElse(Cell.empty()));
                latest.add(d.latest().map(Cell::date).orElse(Cell.empty()));
            });
            table.row(earliest);
            table.row(latest);
        }
        baseRows(table, columns, 1, "row.valid");
        return table;
    }

    private Table texts(QuestionResults results) {
        List<QuestionResults.TextColumn> columns = results.columns().stream()
                .map(QuestionResults.TextColumn.class::cast).toList();
        List<Table.Column> header = new ArrayList<>(List.of(column("answer", "column.answer")));
        columns.forEach(c -> header.add(column(c, "column.count")));
        Table table = new Table(header);
        Set<String> texts = new LinkedHashSet<>();
        columns.forEach(c -> c.answers().forEach(a -> texts.add(a.text())));
        for (String text : texts) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(text)));
            columns.forEach(c -> row.add(Cell.number(c.answers().stream().filter(a -> a.text().equals(text))
                    .mapToLong(QuestionResults.TextCount::count).sum())));
            table.row(row);
        }
        baseRows(table, columns, 1, "row.valid");
        return table;
    }

    private void statistic(Table table, String key, List<QuestionResults.NumberColumn> columns,
            Function<QuestionResults.NumberSummary, Cell> cell) {
        List<Cell> row = new ArrayList<>(List.of(label(key)));
        columns.forEach(c -> row.add(c.summary().map(cell).orElse(Cell.empty())));
        table.row(row);
    }

    /** Valid answers, no answer, not asked and N; the count in the first cell of each group, the rest empty. */
    private void baseRows(Table table, List<? extends QuestionResults.Column> columns, int cellsPerGroup,
            String validKey) {
        row(table, columns, cellsPerGroup, validKey, Base::valid);
        row(table, columns, cellsPerGroup, "row.noAnswer", Base::noAnswer);
        row(table, columns, cellsPerGroup, "row.notAsked", Base::notAsked);
        row(table, columns, cellsPerGroup, "row.n", Base::returns);
    }

    private void row(Table table, List<? extends QuestionResults.Column> columns, int cellsPerGroup, String key,
            Function<Base, Long> count) {
        List<Cell> row = new ArrayList<>(List.of(label(key)));
        for (QuestionResults.Column column : columns) {
            row.add(Cell.number(count.apply(column.base())));
            for (int i = 1; i < cellsPerGroup; i++) {
                row.add(Cell.empty());
            }
        }
        table.row(row);
    }

    private Table.Column column(String name, String key) {
        return new Table.Column(name, Message.of(ResultsGrid.class, key));
    }

    private Table.Column column(QuestionResults.Column group, String key) {
        return new Table.Column(group.group(), Message.literal(names.name(group.group()) + ": "
                + Message.of(ResultsGrid.class, key).format(locale)));
    }

    private Cell label(String key) {
        return Cell.coded(key, Message.of(ResultsGrid.class, key));
    }

    private static Cell share(OptionalDouble share) {
        return share.isPresent() ? Cell.share(share.getAsDouble()) : Cell.empty();
    }

    private static Cell number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return Cell.decimal(plain, Math.max(0, Math.min(plain.scale(), 4)));
    }

    /** The question's heading for people: "variable: label". */
    public static String heading(QuestionResults results) {
        return results.question().variable() + ": " + results.question().label();
    }

    /** The show-if condition of the question, if it has one. */
    public static Optional<String> condition(QuestionResults results) {
        return results.question().showIf().map(Object::toString);
    }
}
