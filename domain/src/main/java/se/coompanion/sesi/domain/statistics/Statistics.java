package se.coompanion.sesi.domain.statistics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The statistical figures held, one per indicator, region and year, and what is derived from them: the region's
 * share against the national share, and the change over years.
 */
public final class Statistics {

    /** By indicator, then Sweden, counties, municipalities, then year. */
    public static final Comparator<Figure> ORDER = Comparator.comparing(Figure::indicator)
            .thenComparing(Figure::region).thenComparingInt(Figure::year);

    private final ImmutableList<Figure> figures;
    private final ImmutableMap<FigureKey, Figure> byKey;

    private Statistics(ImmutableList<Figure> figures) {
        this.figures = figures;
        this.byKey = figures.stream().collect(ImmutableMap.toImmutableMap(Figure::key, Function.identity(),
                (a, b) -> {
                    throw new DomainException(Message.of(Statistics.class, "statistics.duplicate", a.key()));
                }));
    }

    /** The figures; two with the same indicator, region and year are an error. */
    public static Statistics of(Iterable<Figure> figures) {
        return new Statistics(ImmutableList.sortedCopyOf(ORDER, figures));
    }

    /** Every figure, by indicator, region and year. */
    public ImmutableList<Figure> figures() {
        return figures;
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** The indicators, in name order. */
    public ImmutableSortedSet<Indicator> indicators() {
        return figures.stream().map(Figure::indicator).collect(ImmutableSortedSet.toImmutableSortedSet(
                Comparator.naturalOrder()));
    }

    public Optional<Figure> find(Indicator indicator, Region region, int year) {
        return Optional.ofNullable(byKey.get(new FigureKey(indicator, region, year)));
    }

    /** Sweden's figure for the indicator and year. */
    public Optional<Figure> national(Indicator indicator, int year) {
        return find(indicator, Region.SWEDEN, year);
    }

    /** The figure against Sweden's for the same indicator and year; empty for Sweden itself or without one. */
    public Optional<Comparison> againstNational(Figure figure) {
        if (figure.region().isNational()) {
            return Optional.empty();
        }
        return national(figure.indicator(), figure.year()).map(national -> new Comparison(figure, national));
    }

    /** The figures of one indicator in one region, in year order. */
    public ImmutableList<Figure> series(Indicator indicator, Region region) {
        return figures.stream().filter(f -> f.indicator().equals(indicator) && f.region().equals(region))
                .collect(ImmutableList.toImmutableList());
    }

    /** The change over the years of one indicator in one region; empty with fewer than two years. */
    public Optional<Trend> trend(Indicator indicator, Region region) {
        ImmutableList<Figure> series = series(indicator, region);
        return series.size() < 2 ? Optional.empty() : Optional.of(new Trend(series));
    }

    /** The years with a figure of the indicator, in order. */
    public ImmutableSortedSet<Integer> years(Indicator indicator) {
        return figures.stream().filter(f -> f.indicator().equals(indicator)).map(Figure::year)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }

    /** The distinct sources, in the order of their citations. */
    public ImmutableList<Source> sources() {
        return figures.stream().map(Figure::source).distinct()
                .sorted(Comparator.comparing(Source::citation)).collect(ImmutableList.toImmutableList());
    }
}
