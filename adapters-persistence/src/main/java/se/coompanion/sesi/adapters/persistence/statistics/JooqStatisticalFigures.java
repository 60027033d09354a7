package se.coompanion.sesi.adapters.persistence.statistics;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.STAT_FIGURE;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.StatFigureRecord;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureKey;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.Indicator;
import se.coompanion.sesi.domain.statistics.Region;
import se.coompanion.sesi.domain.statistics.Source;
import se.coompanion.sesi.domain.statistics.Unit;

/** The statistical figures in table {@code stat_figure}. */
public final class JooqStatisticalFigures implements StatisticalFigures {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public JooqStatisticalFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<Figure> figures) {
        for (int from = 0; from < figures.size(); from += CHUNK) {
            var batch = dsl.batch(dsl.insertInto(STAT_FIGURE, STAT_FIGURE.INDICATOR, STAT_FIGURE.INDICATOR_KEY,
                    STAT_FIGURE.REGION_CODE, STAT_FIGURE.STAT_YEAR, STAT_FIGURE.UNIT, STAT_FIGURE.WOMEN,
                    STAT_FIGURE.MEN, STAT_FIGURE.BASE_COUNT, STAT_FIGURE.SOURCE_PUBLISHER, STAT_FIGURE.SOURCE_TITLE,
                    STAT_FIGURE.SOURCE_YEAR, STAT_FIGURE.SOURCE_URL, STAT_FIGURE.IS_EXAMPLE)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null));
            for (Figure f : figures.subList(from, Math.min(from + CHUNK, figures.size()))) {
                batch.bind(columns(f));
            }
            batch.execute();
        }
    }

    @Override
    public void removeAll(Collection<FigureKey> keys) {
        for (FigureKey key : keys) {
            dsl.deleteFrom(STAT_FIGURE).where(STAT_FIGURE.INDICATOR_KEY.eq(key.indicator().key())
                    .and(STAT_FIGURE.REGION_CODE.eq(key.region().code()))
                    .and(STAT_FIGURE.STAT_YEAR.eq(key.year()))).execute();
        }
    }

    @Override
    public List<Figure> all() {
        return dsl.selectFrom(STAT_FIGURE).orderBy(STAT_FIGURE.ID).fetch(JooqStatisticalFigures::toFigure);
    }

    @Override
    public int count() {
        return dsl.fetchCount(STAT_FIGURE);
    }

    /** The values of the insert, in its column order. */
    private static Object[] columns(Figure f) {
        BigDecimal women;
        BigDecimal men;
        Long base;
        if (f.values() instanceof FigureValues.Counts c) {
            women = BigDecimal.valueOf(c.women());
            men = BigDecimal.valueOf(c.men());
            base = null;
        } else {
            FigureValues.Percents p = (FigureValues.Percents) f.values();
            women = p.women().value();
            men = p.men().map(Percentage::value).orElse(null);
            base = p.base().isPresent() ? p.base().getAsLong() : null;
        }
        return new Object[] {f.indicator().name(), f.indicator().key(), f.region().code(), f.year(),
                f.unit().name(), women, men, base, f.source().publisher(), f.source().title(),
                f.source().year().isPresent() ? f.source().year().getAsInt() : null, f.source().url().orElse(null),
                f.example()};
    }

    private static Figure toFigure(StatFigureRecord r) {
        FigureValues values = switch (Unit.valueOf(r.getUnit())) {
            case COUNT -> new FigureValues.Counts(r.getWomen().longValueExact(), r.getMen().longValueExact());
            case PERCENT -> new FigureValues.Percents(new Percentage(r.getWomen()),
                    Optional.ofNullable(r.getMen()).map(Percentage::new),
                    r.getBaseCount() == null ? OptionalLong.empty() : OptionalLong.of(r.getBaseCount()));
        };
        Source source = new Source(r.getSourcePublisher(), r.getSourceTitle(),
                r.getSourceYear() == null ? OptionalInt.empty() : OptionalInt.of(r.getSourceYear()),
                Optional.ofNullable(r.getSourceUrl()));
        return new Figure(Indicator.of(r.getIndicator()), Region.parse(r.getRegionCode()), r.getStatYear(), values,
                source, r.getIsExample());
    }
}
