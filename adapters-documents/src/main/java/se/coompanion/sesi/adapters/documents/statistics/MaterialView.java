package se.coompanion.sesi.adapters.documents.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.MarkdownText;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.adapters.documents.render.chart.LineChart;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.Comment;
import se.coompanion.sesi.domain.statistics.Comparison;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.statistics.Region;
import se.coompanion.sesi.domain.statistics.Trend;

/**
 * The information material in one language, as the values of its templates: every sentence and number is made
 * here from the material's figures (numbers in the language's format), and every example figure carries the label
 * "Exempeldata" / "Example data". The HTML and Markdown templates show the same view; only HTML draws the charts.
 *
 * @param lang           the language code of the page
 * @param title          the heading
 * @param lead           the line under the heading
 * @param exampleNote    the note on example data, when any figure is one (0 or 1 element)
 * @param introHeading   the heading of the introduction
 * @param intro          its paragraphs
 * @param keyFigures     the key figures
 * @param sections       one per indicator
 * @param sourcesHeading the heading of the source list
 * @param sources        the source list
 * @param footer         the last line
 * @param exampleLabel   "Exempeldata" / "Example data"
 * @param labels         the other headings
 */
record MaterialView(String lang, String title, String lead, List<Note> exampleNote, String introHeading,
        List<String> intro, List<KeyFigure> keyFigures, List<Section> sections, String sourcesHeading,
        List<SourceLine> sources, String footer, String exampleLabel, Labels labels) {

    /** @param text the note on example data */
    record Note(String label, String text) {
    }

    /** A key figure card. */
    record KeyFigure(String value, String label, List<String> comparison, boolean example, String source) {
    }

    /** One indicator's part: its charts (each with its data table) and comments. */
    record Section(String id, String heading, List<String> notes, List<Chart> charts, List<CommentLine> comments,
            boolean hasComments) {
    }

    /** A chart with its title, caption, SVG (HTML only) and the table of its numbers. */
    record Chart(String id, String title, String caption, String svg, Table table) {
    }

    /** A table: caption, header cells, rows. */
    record Table(String caption, List<HeaderCell> headers, List<Row> rows) {
    }

    /** @param align the Markdown alignment mark of the column */
    record HeaderCell(String text, boolean number, String align) {
    }

    record Row(List<TableCell> cells) {
    }

    /** @param example true when the cell's figure is example data */
    record TableCell(String text, boolean number, boolean header, boolean example) {
    }

    record CommentLine(String text, boolean example) {
    }

    record SourceLine(String citation, String url, boolean example) {

        /** The address as the Markdown material links it ({@link MarkdownText#autolink}). */
        public String markdownUrl() {
            return MarkdownText.autolink(url);
        }
    }

    record Labels(String keyFigures, String comments) {
    }

    /** The view of the material in the locale's language. */
    static MaterialView of(InformationMaterial material, Locale locale) {
        return new Builder(material, locale).build();
    }

    /** Builds the view: one place for the words and number formats of the material. */
    private static final class Builder {

        private final InformationMaterial material;
        private final Locale locale;
        private final String regionName;
        private final String exampleLabel;

        Builder(InformationMaterial material, Locale locale) {
            this.material = material;
            this.locale = locale;
            this.regionName = material.subject().regionName().orElseGet(() -> material.subject().counties().isEmpty()
                    ? text("doc.region.sweden")
                    : material.subject().counties().stream().map(County::name).collect(Collectors.joining(", ")));
            this.exampleLabel = text("doc.example.label");
        }

        MaterialView build() {
            InformationMaterial.Subject subject = material.subject();
            List<Note> note = material.usesExampleData()
                    ? List.of(new Note(exampleLabel, text("doc.example.note"))) : List.of();
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < material.sections().size(); i++) {
                sections.add(section(material.sections().get(i), "indicator-" + (i + 1)));
            }
            List<SourceLine> sources = material.sources().stream()
                    .map(s -> new SourceLine(s.citation(), s.url().orElse(null), material.exampleSources().contains(s)))
                    .toList();
            return new MaterialView(locale.getLanguage(), text("doc.title", regionName),
                    text("doc.lead", regionName, subject.projectName(), subject.caseNumber(), material.producedOn()),
                    note, text("doc.introHeading"), List.of(text("doc.intro.1", regionName), text("doc.intro.2")),
                    material.keyFigures().stream().map(this::keyFigure).toList(), sections, text("doc.sources"),
                    sources, text("doc.footer", material.producedOn()), exampleLabel,
                    new Labels(text("doc.keyFigures"), text("doc.comments")));
        }

        private KeyFigure keyFigure(InformationMaterial.KeyFigure key) {
            Figure figure = key.figure();
            String label = text("doc.key.label", figure.indicator().name(), name(figure.region()), figure.year());
            if (figure.values() instanceof FigureValues.Percents p && p.base().isPresent()) {
                label += " (" + text("doc.key.base", NumberText.count(p.base().getAsLong(), locale)) + ")";
            }
            List<String> comparison = key.comparison().map(c -> List.of(against(c))).orElse(List.of());
            boolean example = figure.example() || key.comparison().map(Comparison::usesExampleData).orElse(false);
            return new KeyFigure(share(figure), label, comparison, example,
                    text("doc.source", figure.source().citation()));
        }

        private String against(Comparison c) {
            String national = share(c.national());
            return switch (c.direction()) {
                case HIGHER -> text("doc.key.higher", NumberText.magnitude(c.points(), locale), national);
                case LOWER -> text("doc.key.lower", NumberText.magnitude(c.points(), locale), national);
                case SAME -> text("doc.key.same", national);
            };
        }

        private Section section(InformationMaterial.Section section, String id) {
            String indicator = section.indicator().name();
            List<String> notes = new ArrayList<>();
            List<Chart> charts = new ArrayList<>();
            section.byRegion().ifPresent(b -> {
                if (b.national().isEmpty()) {
                    notes.add(text("doc.byRegion.noNational", indicator, b.year()));
                }
                charts.add(byRegion(indicator, b, id + "-regions"));
            });
            section.overYears().ifPresent(o -> charts.add(overYears(indicator, o, id + "-years")));
            if (charts.isEmpty()) {
                notes.add(text("doc.onlyNational", indicator));
            }
            List<CommentLine> comments = section.comments().stream()
                    .map(c -> new CommentLine(comment(c, indicator), c.usesExampleData())).toList();
            return new Section(id, capitalised(indicator), notes, charts, comments, !comments.isEmpty());
        }

        private Chart byRegion(String indicator, InformationMaterial.ByRegion b, String id) {
            String title = b.national().isPresent() ? text("doc.byRegion.title", indicator, b.year(), regionName)
                    : text("doc.byRegion.titleAlone", indicator, b.year(), regionName);
            List<BarChart.Bar> bars = b.all().stream().map(f -> new BarChart.Bar(chartLabel(f),
                    f.womenShare().doubleValue(), share(f), f.region().isNational())).toList();
            String description = text("doc.byRegion.desc", indicator, b.year(), b.all().stream()
                    .map(f -> chartLabel(f) + " " + share(f)).collect(Collectors.joining(", ")));
            String svg = new BarChart(title, description, bars, 1.0).svg();
            List<HeaderCell> headers = List.of(header("doc.column.region", false), header("doc.column.women", true),
                    header("doc.column.men", true), header("doc.column.unit", false), header("doc.column.share", true),
                    header("doc.column.difference", true), header("doc.column.source", false));
            List<Row> rows = b.all().stream().map(f -> new Row(List.of(
                    new TableCell(name(f.region()), false, true, f.example()),
                    new TableCell(women(f), true, false, false),
                    new TableCell(men(f), true, false, false),
                    new TableCell(unit(f), false, false, false),
                    new TableCell(share(f), true, false, false),
                    new TableCell(b.comparison(f).filter(c -> !f.region().isNational())
                            .map(c -> NumberText.signed(c.points(), locale)).orElse(text("doc.missing")), true, false,
                            false),
                    new TableCell(f.source().citation(), false, false, false)))).toList();
            return new Chart(id, title, text("doc.byRegion.caption", regionName, b.year()), svg,
                    new Table(text("doc.table.byRegion", indicator, b.year()), headers, rows));
        }

        private Chart overYears(String indicator, InformationMaterial.OverYears o, String id) {
            int first = o.years().get(0);
            int last = o.years().get(o.years().size() - 1);
            String title = text("doc.overYears.title", indicator, first, last);
            List<LineChart.Series> series = new ArrayList<>();
            double highest = 0;
            for (InformationMaterial.Line line : o.lines()) {
                List<LineChart.Point> points = new ArrayList<>();
                for (Figure f : line.figures()) {
                    points.add(new LineChart.Point(o.years().indexOf(f.year()), f.womenShare().doubleValue(),
                            share(f)));
                    highest = Math.max(highest, f.womenShare().doubleValue());
                }
                series.add(new LineChart.Series(seriesLabel(line), points, line.region().isNational()));
            }
            double top = Math.min(1.0, Math.max(0.1, Math.ceil(highest * 10 - 1e-9) / 10));
            List<LineChart.Tick> ticks = new ArrayList<>();
            for (int tenth = 0; tenth <= Math.round(top * 10); tenth++) {
                ticks.add(new LineChart.Tick(tenth / 10.0, NumberText.percent(BigDecimal.valueOf(tenth * 10L), locale)));
            }
            String description = text("doc.overYears.desc", indicator, first, last, o.lines().stream()
                    .map(l -> seriesLabel(l) + " " + l.figures().stream().map(f -> share(f) + " (" + f.year() + ")")
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
            String svg = new LineChart(title, description, o.years().stream().map(String::valueOf).toList(), series,
                    ticks, top).svg();
            List<HeaderCell> headers = new ArrayList<>();
            headers.add(header("doc.column.year", false));
            o.lines().forEach(l -> headers.add(new HeaderCell(name(l.region()), true, "---:")));
            List<Row> rows = new ArrayList<>();
            for (int year : o.years()) {
                List<TableCell> cells = new ArrayList<>();
                cells.add(new TableCell(String.valueOf(year), false, true, false));
                for (InformationMaterial.Line line : o.lines()) {
                    Optional<Figure> at = line.at(year);
                    cells.add(new TableCell(at.map(this::share).orElse(text("doc.missing")), true, false,
                            at.map(Figure::example).orElse(false)));
                }
                rows.add(new Row(cells));
            }
            return new Chart(id, title, text("doc.overYears.caption", regionName), svg,
                    new Table(text("doc.table.overYears", indicator), headers, rows));
        }

        private String comment(Comment comment, String indicator) {
            if (comment instanceof Comment.AgainstNational a) {
                Comparison c = a.comparison();
                String key = switch (c.direction()) {
                    case HIGHER -> "doc.comment.higher";
                    case LOWER -> "doc.comment.lower";
                    case SAME -> "doc.comment.same";
                };
                return text(key, name(c.figure().region()), indicator, c.figure().year(), share(c.figure()),
                        NumberText.magnitude(c.points(), locale), share(c.national()));
            }
            if (comment instanceof Comment.Spread s) {
                return text("doc.comment.spread", indicator, s.highest().year(), name(s.highest().region()),
                        share(s.highest()), name(s.lowest().region()), share(s.lowest()));
            }
            Trend t = ((Comment.Change) comment).trend();
            String key = switch (t.direction()) {
                case HIGHER -> "doc.comment.up";
                case LOWER -> "doc.comment.down";
                case SAME -> "doc.comment.unchanged";
            };
            String sentence = text(key, name(t.first().region()), indicator, share(t.first()), t.first().year(),
                    share(t.last()), t.last().year(), NumberText.signed(t.points(), locale));
            if (t.womenChange().isPresent()) {
                long change = t.womenChange().getAsLong();
                String percent = t.womenChangePercent().map(p -> NumberText.decimal(p.abs(), 1, locale)).orElse(null);
                if (change == 0) {
                    sentence += " " + text("doc.comment.womenSame");
                } else if (percent != null) {
                    sentence += " " + text(change > 0 ? "doc.comment.womenUp" : "doc.comment.womenDown",
                            NumberText.count(Math.abs(change), locale), percent);
                }
            }
            return sentence;
        }

        private HeaderCell header(String key, boolean number) {
            return new HeaderCell(text(key), number, number ? "---:" : "---");
        }

        private String share(Figure figure) {
            return NumberText.share(figure.womenShare(), locale);
        }

        private String women(Figure figure) {
            if (figure.values() instanceof FigureValues.Counts c) {
                return NumberText.count(c.women(), locale);
            }
            return NumberText.percent(((FigureValues.Percents) figure.values()).women().value(), locale);
        }

        private String men(Figure figure) {
            if (figure.values() instanceof FigureValues.Counts c) {
                return NumberText.count(c.men(), locale);
            }
            return ((FigureValues.Percents) figure.values()).men().map(m -> NumberText.percent(m.value(), locale))
                    .orElse(text("doc.missing"));
        }

        private String unit(Figure figure) {
            String unit = figure.unit().title().format(locale);
            if (figure.values() instanceof FigureValues.Percents p && p.base().isPresent()) {
                return unit + " (" + text("doc.key.base", NumberText.count(p.base().getAsLong(), locale)) + ")";
            }
            return unit;
        }

        /** The bar's label: the short name, and the example label for an example figure. */
        private String chartLabel(Figure figure) {
            String name = figure.region().shortName().format(locale);
            return figure.example() ? name + " (" + exampleLabel + ")" : name;
        }

        private String seriesLabel(InformationMaterial.Line line) {
            String name = name(line.region());
            return line.figures().stream().anyMatch(Figure::example) ? name + " (" + exampleLabel + ")" : name;
        }

        private String name(Region region) {
            return region.name().format(locale);
        }

        private String capitalised(String text) {
            return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
        }

        private String text(String key, Object... args) {
            return Message.of(MaterialView.class, key, args).format(locale);
        }
    }
}
