package se.coompanion.sesi.adapters.documents.competence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.adapters.documents.render.chart.HeatMap;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.GapMatrix;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * The enterprise x competence gap matrix for people: the heat map ({@link HeatMap}) alone as SVG, or a
 * self-contained HTML page with the heat map, the same numbers as a table, and the method in a few lines. Only the
 * competences some enterprise rated are shown, in the order of the Borich ranking, so that the largest needs stand
 * on the left; rows are the enterprises by name. Every text is escaped by the templates.
 */
public final class MatrixDocument {

    /** The scale of the heat map: a gap of 0 or less is the lightest step, 4 (the largest possible) the darkest. */
    /** The file name of the page or picture before the language and the extension. */
    public static final String BASE_NAME = "kompetensgap";

    static final int LIGHTEST = 0;
    static final int DARKEST = 4;

    private final GapMatrix matrix;
    private final Map<OrganisationNumber, String> names;
    private final List<Competence> columns;
    private final Locale locale;
    private final RecordingHints hints;

    /**
     * @param matrix  the gaps
     * @param names   the enterprises' names by organisationsnummer
     * @param ranked  the rated competences in ranking order
     * @param locale  the language of the page
     * @param hints   where the program shows the ranking (the page's method names it when there is a hint)
     */
    public MatrixDocument(GapMatrix matrix, Map<OrganisationNumber, String> names, List<CompetenceKey> ranked,
            Locale locale, RecordingHints hints) {
        this.matrix = matrix;
        this.names = Map.copyOf(names);
        this.columns = ranked.stream().map(k -> matrix.framework().require(k)).toList();
        this.locale = locale;
        this.hints = hints;
    }

    /** The picture and the table without hints, for a document that shows them among others (the final report). */
    public MatrixDocument(GapMatrix matrix, Map<OrganisationNumber, String> names, List<CompetenceKey> ranked,
            Locale locale) {
        this(matrix, names, ranked, locale, RecordingHints.NONE);
    }

    public String svg() {
        return chart().svg();
    }

    /**
     * The heat map's numbers for a page: the enterprises by name, the rated competences numbered by rank (the
     * numbers are explained by {@link #legend()}), the gap in each cell ("–" where not rated).
     */
    public Table table() {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("enterprise", Message.of(MatrixDocument.class, "matrix.column.enterprise")));
        for (int i = 0; i < this.columns.size(); i++) {
            columns.add(new Table.Column(this.columns.get(i).key().value(), Message.literal(String.valueOf(i + 1))));
        }
        Table table = new Table(columns);
        for (Line line : lines()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(line.label()));
            line.cells().forEach(c -> cells.add(Cell.coded(c, Message.literal(c))));
            table.row(cells);
        }
        return table;
    }

    /** What the numbered columns of {@link #table()} are: "Offentlig upphandling (public_procurement)", ... */
    public List<String> legend() {
        return columns.stream().map(c -> c.name(locale) + " (" + c.key().value() + ")").toList();
    }

    private List<Line> lines() {
        List<Line> rows = new ArrayList<>();
        for (OrganisationNumber enterprise : enterprises()) {
            rows.add(new Line(name(enterprise), columns.stream().map(c -> shown(matrix.gap(enterprise, c.key())))
                    .toList()));
        }
        return rows;
    }

    public String html() {
        // the table has the heat map's shape; its competence columns are numbered by rank (with the name as the
        // abbreviation's title) and listed below, so that seventeen columns fit an A4 page
        List<Header> headers = new ArrayList<>();
        headers.add(new Header(text("matrix.column.enterprise"), "", false));
        for (int i = 0; i < columns.size(); i++) {
            headers.add(new Header(String.valueOf(i + 1), columns.get(i).name(locale), true));
        }
        List<Line> rows = lines();
        List<String> legend = legend();
        String title = text("matrix.title");
        String body = Templates.render("competence/matrix.html", new Page(title,
                text("matrix.lead", matrix.enterprises().size(), columns.size()), text("matrix.chartHeading"),
                chart().svg(), text("matrix.caption"), text("matrix.tableCaption"), headers, rows, legend,
                text("matrix.methodHeading"), List.of(text("matrix.method.1"),
                        hints.after(text("matrix.method.2"), RecordingHints.Topic.RANKING, locale))));
        return HtmlPage.render(locale, title, body);
    }

    private HeatMap chart() {
        List<HeatMap.Row> rows = new ArrayList<>();
        for (OrganisationNumber enterprise : enterprises()) {
            rows.add(new HeatMap.Row(name(enterprise), columns.stream().map(c -> {
                OptionalInt gap = matrix.gap(enterprise, c.key());
                return gap.isPresent() ? Optional.of(new HeatMap.Value(gap.getAsInt(), HeatMap.shown(gap.getAsInt())))
                        : Optional.<HeatMap.Value>empty();
            }).toList()));
        }
        return new HeatMap(text("matrix.title"), text("matrix.description", matrix.enterprises().size(),
                columns.size()), columns.stream().map(c -> c.name(locale)).toList(), rows, LIGHTEST, DARKEST,
                List.of(text("matrix.legend.none"), "1", "2", "3", "4"), text("matrix.notRated"));
    }

    /** The enterprises by name (then organisationsnummer). */
    private List<OrganisationNumber> enterprises() {
        return matrix.enterprises().stream()
                .sorted((a, b) -> {
                    int byName = name(a).compareToIgnoreCase(name(b));
                    return byName != 0 ? byName : a.compareTo(b);
                }).toList();
    }

    private String name(OrganisationNumber enterprise) {
        return names.getOrDefault(enterprise, enterprise.formatted());
    }

    private static String shown(OptionalInt gap) {
        return gap.isPresent() ? HeatMap.shown(gap.getAsInt()) : "–";
    }

    private String text(String key, Object... args) {
        return Message.of(MatrixDocument.class, key, args).format(locale);
    }

    /**
     * @param text   the header as shown
     * @param title  what a number stands for (empty for a header that says it)
     * @param number true for a column of numbers
     */
    record Header(String text, String title, boolean number) {
    }

    record Line(String label, List<String> cells) {
    }

    record Page(String title, String lead, String chartHeading, String svg, String caption, String tableCaption,
            List<Header> headers, List<Line> rows, List<String> legend, String methodHeading, List<String> method) {
    }
}
