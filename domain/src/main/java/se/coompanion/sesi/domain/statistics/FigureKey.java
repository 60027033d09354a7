package se.coompanion.sesi.domain.statistics;

import java.util.Objects;

/**
 * What makes a figure unique: one figure per indicator, region and year.
 *
 * @param indicator the indicator
 * @param region    the region
 * @param year      the year
 */
public record FigureKey(Indicator indicator, Region region, int year) {

    public FigureKey {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
    }

    @Override
    public String toString() {
        return indicator.name() + ", " + region.code() + ", " + year;
    }
}
