package se.coompanion.sesi.domain.statistics;

import java.util.Objects;

/**
 * A short comment the material makes, derived from the figures only (never a number that is not in them): how a
 * county compares with Sweden, where among the municipalities the share is highest and lowest, and how a share
 * changed over the years. The words are the renderer's; the facts are here.
 */
public sealed interface Comment {

    /** True when a figure behind the comment is example data: the comment is then labelled so. */
    boolean usesExampleData();

    /**
     * A region's share against Sweden's.
     *
     * @param comparison the region's figure and Sweden's, same indicator and year
     */
    record AgainstNational(Comparison comparison) implements Comment {

        public AgainstNational {
            Objects.requireNonNull(comparison, "comparison");
        }

        @Override
        public boolean usesExampleData() {
            return comparison.usesExampleData();
        }
    }

    /**
     * The highest and the lowest share among the municipalities of the region in one year.
     *
     * @param highest the municipality with the highest share
     * @param lowest  the municipality with the lowest share
     */
    record Spread(Figure highest, Figure lowest) implements Comment {

        public Spread {
            Objects.requireNonNull(highest, "highest");
            Objects.requireNonNull(lowest, "lowest");
        }

        @Override
        public boolean usesExampleData() {
            return highest.example() || lowest.example();
        }
    }

    /**
     * How a region's share changed from its first year to its last.
     *
     * @param trend the region's figures over the years
     */
    record Change(Trend trend) implements Comment {

        public Change {
            Objects.requireNonNull(trend, "trend");
        }

        @Override
        public boolean usesExampleData() {
            return trend.usesExampleData();
        }
    }
}
