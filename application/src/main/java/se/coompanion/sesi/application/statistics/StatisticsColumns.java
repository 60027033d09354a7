package se.coompanion.sesi.application.statistics;

import java.util.List;
import se.coompanion.sesi.application.shared.Column;

/**
 * The columns of a statistics file (cli.md, "Statistics"), Swedish or English names. The first ten are cli.md's;
 * the source's year and address may be left out of the header; {@code bas}/{@code base} (the total of PERCENT
 * figures) and {@code exempeldata}/{@code example_data} (ja/nej: the figure is example data, not statistics) are
 * additions of this implementation and optional.
 */
final class StatisticsColumns {

    static final Column INDICATOR = Column.required("indikator", "indicator");
    static final Column REGION = Column.required("region", "region");
    static final Column YEAR = Column.required("ar", "year");
    static final Column WOMEN = Column.required("kvinnor", "women");
    static final Column MEN = Column.required("man", "men");
    static final Column UNIT = Column.required("enhet", "unit");
    static final Column PUBLISHER = Column.required("kalla_utgivare", "source_publisher");
    static final Column TITLE = Column.required("kalla_titel", "source_title");
    static final Column SOURCE_YEAR = Column.optional("kalla_ar", "source_year");
    static final Column SOURCE_URL = Column.optional("kalla_url", "source_url");
    static final Column BASE = Column.optional("bas", "base");
    static final Column EXAMPLE = Column.optional("exempeldata", "example_data");

    static final List<Column> ALL = List.of(INDICATOR, REGION, YEAR, WOMEN, MEN, UNIT, PUBLISHER, TITLE, SOURCE_YEAR,
            SOURCE_URL, BASE, EXAMPLE);

    private StatisticsColumns() {
    }
}
