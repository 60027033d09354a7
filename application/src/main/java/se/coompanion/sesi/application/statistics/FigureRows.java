package se.coompanion.sesi.application.statistics;

import static se.coompanion.sesi.application.statistics.StatisticsColumns.BASE;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.EXAMPLE;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.INDICATOR;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.MEN;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.PUBLISHER;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.REGION;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.SOURCE_URL;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.SOURCE_YEAR;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.TITLE;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.UNIT;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.WOMEN;
import static se.coompanion.sesi.application.statistics.StatisticsColumns.YEAR;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureKey;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.Indicator;
import se.coompanion.sesi.domain.statistics.Region;
import se.coompanion.sesi.domain.statistics.Source;
import se.coompanion.sesi.domain.statistics.Unit;

/**
 * Reads one row of a statistics file into a {@link Figure}, recording every problem of the row against its
 * column: a COUNT row needs whole numbers for women and men; a PERCENT row needs percentages (men may be left out
 * when the source gives only the women's share) and may give its base; every row needs its source.
 */
final class FigureRows {

    private final Set<FigureKey> stored;

    /** @param stored the keys already in the database: a row repeating one is an error (unless replacing) */
    FigureRows(Set<FigureKey> stored) {
        this.stored = Set.copyOf(stored);
    }

    /** The figure, or null after recording the row's problems. */
    Figure read(RowReading row) {
        Indicator indicator = row.required(INDICATOR, Indicator::of);
        Region region = row.required(REGION, Region::parse);
        Integer year = row.required(YEAR, Figure::parseYear);
        Unit unit = row.required(UNIT, Unit::parse);
        BigDecimal women = row.required(WOMEN, FigureValues::parseNumber);
        Optional<BigDecimal> men = row.optional(MEN, FigureValues::parseNumber);
        Optional<BigDecimal> base = row.optional(BASE, FigureValues::parseNumber);
        String publisher = sourcePart(row, PUBLISHER, "source.publisherMissing", Source::parsePublisher);
        String title = sourcePart(row, TITLE, "source.titleMissing", Source::parseTitle);
        Optional<Integer> sourceYear = row.optional(SOURCE_YEAR, Source::parseYear);
        Optional<String> url = row.optional(SOURCE_URL, Source::parseUrl);
        boolean example = row.optional(EXAMPLE, Figure::parseExample).orElse(false);
        FigureValues values = unit == null || women == null ? null : values(row, unit, women, men, base);
        if (!row.ok()) {
            return null;
        }
        Figure figure = new Figure(indicator, region, year, values, new Source(publisher, title,
                sourceYear.map(OptionalInt::of).orElse(OptionalInt.empty()), url), example);
        if (stored.contains(figure.key())) {
            row.problem(Message.of(FigureRows.class, "import.stored", figure.key()));
            return null;
        }
        return figure;
    }

    private static String sourcePart(RowReading row, Column column, String missingKey,
            java.util.function.Function<String, String> check) {
        if (row.isBlank(column)) {
            row.problem(column, Message.of(Source.class, missingKey));
            return null;
        }
        return row.required(column, check);
    }

    private static FigureValues values(RowReading row, Unit unit, BigDecimal women, Optional<BigDecimal> men,
            Optional<BigDecimal> base) {
        return switch (unit) {
            case COUNT -> {
                Long w = checked(row, WOMEN, () -> FigureValues.count(women));
                Long m = men.isEmpty() ? missing(row, MEN, "import.countNeedsMen")
                        : checked(row, MEN, () -> FigureValues.count(men.get()));
                if (base.isPresent()) {
                    row.problem(BASE, Message.of(FigureRows.class, "import.baseOnlyForPercent"));
                }
                yield w == null || m == null ? null : checked(row, null, () -> new FigureValues.Counts(w, m));
            }
            case PERCENT -> {
                Percentage w = checked(row, WOMEN, () -> new Percentage(women));
                Optional<Percentage> m = men.map(value -> checked(row, MEN, () -> new Percentage(value)));
                Long b = base.map(value -> checked(row, BASE, () -> FigureValues.count(value))).orElse(null);
                boolean baseOk = base.isEmpty() || b != null;
                yield w == null || (men.isPresent() && m.isEmpty()) || !baseOk ? null : checked(row, null,
                        () -> new FigureValues.Percents(w, m, b == null ? OptionalLong.empty() : OptionalLong.of(b)));
            }
        };
    }

    private static <T> T missing(RowReading row, Column column, String key) {
        row.problem(column, Message.of(FigureRows.class, key));
        return null;
    }

    /** The value, or null after recording the rule it broke against the column (or the row, for null). */
    private static <T> T checked(RowReading row, Column column, Supplier<T> value) {
        try {
            return value.get();
        } catch (DomainException e) {
            if (column == null) {
                row.problem(e.text());
            } else {
                row.problem(column, e.text());
            }
            return null;
        }
    }
}
