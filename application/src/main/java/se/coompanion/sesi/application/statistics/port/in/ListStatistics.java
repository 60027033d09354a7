package se.coompanion.sesi.application.statistics.port.in;

import se.coompanion.sesi.domain.statistics.Statistics;

/** The statistical figures held, with what is derived from them (women's share, comparisons, trends). */
public interface ListStatistics {

    /** Every figure, by indicator, region (Sweden, counties, municipalities) and year; may be empty. */
    Statistics list();
}
