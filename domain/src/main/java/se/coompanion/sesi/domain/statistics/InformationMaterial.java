package se.coompanion.sesi.domain.statistics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The information material on women's entrepreneurship (domain.md): what it says, derived from the figures of
 * Sweden and of the pre-study's region (its counties and their municipalities); figures of other regions are not
 * part of it. Rendering (HTML, Markdown, words and number formats) is the adapters' work.
 *
 * <ul>
 * <li>Key figures: per indicator, Sweden's figure of its latest year, and each county's figure in the year of the
 *     regional comparison, against Sweden's.</li>
 * <li>Per indicator, the regional comparison (the bar chart): the latest year that has both a national figure and a
 *     figure of the region; without such a year, the latest year with a figure of the region.</li>
 * <li>Per indicator, the figures over the years (the line chart) of Sweden and of each county of the region, when
 *     they span two years or more.</li>
 * <li>Comments: each county against Sweden, the highest and lowest municipality, and each change over the years.</li>
 * <li>The sources of every figure used, and whether any of them is example data.</li>
 * </ul>
 *
 * @param subject         the pre-study and its region
 * @param producedOn      the day the material is made
 * @param keyFigures      the key figures
 * @param sections        one per indicator, in name order
 * @param sources         the sources of the figures used
 * @param exampleSources  the sources of the example figures used
 */
public record InformationMaterial(Subject subject, LocalDate producedOn, ImmutableList<KeyFigure> keyFigures,
        ImmutableList<Section> sections, ImmutableList<Source> sources, ImmutableSet<Source> exampleSources) {

    public InformationMaterial {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(producedOn, "producedOn");
        keyFigures = ImmutableList.copyOf(keyFigures);
        sections = ImmutableList.copyOf(sections);
        sources = ImmutableList.copyOf(sources);
        exampleSources = ImmutableSet.copyOf(exampleSources);
    }

    /** True when any figure used is example data: the material then says so at its top. */
    public boolean usesExampleData() {
        return !exampleSources.isEmpty();
    }

    /**
     * What the material is about.
     *
     * @param projectName the pre-study, e.g. "Socialt entreprenörskap social innovation - SESI"
     * @param caseNumber  its case number, e.g. "23-032-S01"
     * @param regionName  the region's name, e.g. "Mellersta Norrland", when the project has one
     * @param counties    the counties of the region (may be empty: then only Sweden is shown)
     */
    public record Subject(String projectName, String caseNumber, Optional<String> regionName,
            ImmutableSortedSet<County> counties) {

        public Subject {
            Objects.requireNonNull(projectName, "projectName");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(regionName, "regionName");
            counties = ImmutableSortedSet.copyOf(counties);
        }

        /** True for Sweden, a county of the region, or a municipality in one. */
        public boolean covers(Region region) {
            return region.isNational() || region.enclosingCounty().map(counties::contains).orElse(false);
        }
    }

    /**
     * A key figure: a figure, and for a region its comparison with Sweden.
     *
     * @param figure     the figure
     * @param comparison against Sweden's figure of the same year, when there is one
     */
    public record KeyFigure(Figure figure, Optional<Comparison> comparison) {

        public KeyFigure {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /**
     * Everything the material says about one indicator.
     *
     * @param indicator the indicator
     * @param byRegion  the regional comparison of one year (the bar chart), when the region has figures
     * @param overYears the figures over the years (the line chart), when they span two years or more
     * @param comments  the comments
     */
    public record Section(Indicator indicator, Optional<ByRegion> byRegion, Optional<OverYears> overYears,
            ImmutableList<Comment> comments) {

        public Section {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(byRegion, "byRegion");
            Objects.requireNonNull(overYears, "overYears");
            comments = ImmutableList.copyOf(comments);
        }
    }

    /**
     * Women's share in one year: Sweden's figure and those of the region's counties and municipalities.
     *
     * @param year     the year
     * @param national Sweden's figure, when there is one for the year
     * @param regions  the counties of the region, then their municipalities, with a figure for the year
     */
    public record ByRegion(int year, Optional<Figure> national, ImmutableList<Figure> regions) {

        public ByRegion {
            Objects.requireNonNull(national, "national");
            regions = ImmutableList.copyOf(regions);
        }

        /** Each region's figure against Sweden's, when there is a national figure. */
        public Optional<Comparison> comparison(Figure figure) {
            return national.map(n -> new Comparison(figure, n));
        }

        /** Every figure shown: Sweden's first. */
        public ImmutableList<Figure> all() {
            return Stream.concat(national.stream(), regions.stream()).collect(ImmutableList.toImmutableList());
        }
    }

    /**
     * Women's share over the years: one line for Sweden and one for each county of the region with figures.
     *
     * @param years the years with a figure on some line, in order
     * @param lines the lines, Sweden's first
     */
    public record OverYears(ImmutableList<Integer> years, ImmutableList<Line> lines) {

        public OverYears {
            years = ImmutableList.copyOf(years);
            lines = ImmutableList.copyOf(lines);
        }
    }

    /**
     * One region's figures over the years.
     *
     * @param region  the region
     * @param figures its figures in year order (one or more)
     */
    public record Line(Region region, ImmutableList<Figure> figures) {

        public Line {
            Objects.requireNonNull(region, "region");
            figures = ImmutableList.copyOf(figures);
        }

        public Optional<Figure> at(int year) {
            return figures.stream().filter(f -> f.year() == year).findFirst();
        }

        /** The change from the first year to the last, with two years or more. */
        public Optional<Trend> trend() {
            return figures.size() < 2 ? Optional.empty() : Optional.of(new Trend(figures));
        }
    }

    /**
     * Composes the material from the figures held.
     *
     * @throws DomainException when there is no figure for Sweden or the region
     */
    public static InformationMaterial compose(Statistics statistics, Subject subject, LocalDate producedOn) {
        Statistics used = Statistics.of(statistics.figures().stream().filter(f -> subject.covers(f.region()))
                .toList());
        if (used.isEmpty()) {
            throw new DomainException(Message.of(InformationMaterial.class, "material.noFigures"));
        }
        List<KeyFigure> keyFigures = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Indicator indicator : used.indicators()) {
            Optional<ByRegion> byRegion = byRegion(used, indicator);
            Optional<OverYears> overYears = overYears(used, indicator, subject);
            nationalLatest(used, indicator).ifPresent(f -> keyFigures.add(new KeyFigure(f, Optional.empty())));
            byRegion.ifPresent(b -> b.regions().stream().filter(f -> f.region().county().isPresent())
                    .forEach(f -> keyFigures.add(new KeyFigure(f, b.comparison(f)))));
            sections.add(new Section(indicator, byRegion, overYears, comments(byRegion, overYears)));
        }
        return new InformationMaterial(subject, producedOn, ImmutableList.copyOf(keyFigures),
                ImmutableList.copyOf(sections), used.sources(), used.figures().stream().filter(Figure::example)
                        .map(Figure::source).collect(ImmutableSet.toImmutableSet()));
    }

    private static Optional<Figure> nationalLatest(Statistics used, Indicator indicator) {
        ImmutableList<Figure> national = used.series(indicator, Region.SWEDEN);
        return national.isEmpty() ? Optional.empty() : Optional.of(national.get(national.size() - 1));
    }

    private static Optional<ByRegion> byRegion(Statistics used, Indicator indicator) {
        List<Figure> regional = used.figures().stream()
                .filter(f -> f.indicator().equals(indicator) && !f.region().isNational()).toList();
        if (regional.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> withNational = regional.stream().map(Figure::year)
                .filter(y -> used.national(indicator, y).isPresent()).max(Comparator.naturalOrder());
        int year = withNational.orElseGet(() -> regional.stream().mapToInt(Figure::year).max().orElseThrow());
        ImmutableList<Figure> regions = regional.stream().filter(f -> f.year() == year)
                .sorted(Comparator.comparing(Figure::region)).collect(ImmutableList.toImmutableList());
        return Optional.of(new ByRegion(year, used.national(indicator, year), regions));
    }

    private static Optional<OverYears> overYears(Statistics used, Indicator indicator, Subject subject) {
        List<Line> lines = new ArrayList<>();
        Stream.concat(Stream.of(Region.SWEDEN), subject.counties().stream().map(Region::of)).forEach(region -> {
            ImmutableList<Figure> series = used.series(indicator, region);
            if (!series.isEmpty()) {
                lines.add(new Line(region, series));
            }
        });
        ImmutableList<Integer> years = lines.stream().flatMap(l -> l.figures().stream()).map(Figure::year)
                .distinct().sorted().collect(ImmutableList.toImmutableList());
        return years.size() < 2 ? Optional.empty() : Optional.of(new OverYears(years, ImmutableList.copyOf(lines)));
    }

    private static ImmutableList<Comment> comments(Optional<ByRegion> byRegion, Optional<OverYears> overYears) {
        ImmutableList.Builder<Comment> comments = ImmutableList.builder();
        byRegion.ifPresent(b -> {
            b.regions().stream().filter(f -> f.region().county().isPresent())
                    .forEach(f -> b.comparison(f).ifPresent(c -> comments.add(new Comment.AgainstNational(c))));
            List<Figure> municipalities = b.regions().stream().filter(f -> f.region().municipality().isPresent())
                    .toList();
            if (municipalities.size() >= 2) {
                Comparator<Figure> byShare = Comparator.comparing(Figure::womenShare);
                Figure highest = municipalities.stream().max(byShare.thenComparing(Figure::region,
                        Comparator.reverseOrder())).orElseThrow();
                Figure lowest = municipalities.stream().min(byShare.thenComparing(Figure::region)).orElseThrow();
                if (highest.womenShare().compareTo(lowest.womenShare()) != 0) {
                    comments.add(new Comment.Spread(highest, lowest));
                }
            }
        });
        overYears.ifPresent(o -> o.lines().forEach(line -> line.trend()
                .ifPresent(t -> comments.add(new Comment.Change(t)))));
        return comments.build();
    }
}
