package se.coompanion.sesi.adapters.documents.stakeholder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.adapters.documents.render.chart.PowerInterestGrid;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.Quadrant;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * The power/interest grid for people: the picture ({@link PowerInterestGrid}) alone as SVG, or a self-contained
 * HTML page with the picture, the actors numbered as in it, and the method in a few lines. Every text is
 * HTML-escaped by the templates.
 */
public final class GridDocument {

    /** The file name of the page or picture before the language and the extension. */
    public static final String BASE_NAME = "intressentanalys";

    private final List<ShowStakeholderGrid.Placed> placed;
    private final Locale locale;

    public GridDocument(List<ShowStakeholderGrid.Placed> placed, Locale locale) {
        this.placed = List.copyOf(placed);
        this.locale = locale;
    }

    public String svg() {
        return chart().svg();
    }

    public String html() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            ShowStakeholderGrid.Placed p = placed.get(i);
            StakeholderAssessment a = p.assessment();
            rows.add(new Row(i + 1, p.actor().name(), a.power().value(), a.interest().value(), text(a.quadrant().title()),
                    a.salienceClass().map(c -> text(c.title())).orElse(""), a.attitude().value(),
                    text(a.candidacy().title()), a.assessedOn().toString()));
        }
        String title = text("grid.title");
        String body = Templates.render("stakeholder/grid.html", new Page(title, text("grid.lead", placed.size()),
                chart().svg(), text("grid.caption"), rows, columns(), text("grid.method")));
        return HtmlPage.render(locale, title, body);
    }

    private PowerInterestGrid chart() {
        List<PowerInterestGrid.Point> points = placed.stream().map(p -> new PowerInterestGrid.Point(
                p.actor().name(), p.assessment().power().value(), p.assessment().interest().value(),
                text(p.assessment().quadrant().title()) + "; " + text(p.assessment().candidacy().title())))
                .toList();
        return new PowerInterestGrid(text("grid.title"), description(), new PowerInterestGrid.Labels(
                text("grid.power"), text("grid.interest"), text(Quadrant.MANAGE_CLOSELY.title()),
                text(Quadrant.KEEP_SATISFIED.title()), text(Quadrant.KEEP_INFORMED.title()),
                text(Quadrant.MONITOR.title())), points);
    }

    /** "12 actors: 4 manage closely, 3 keep satisfied, ..." for people who cannot see the picture. */
    private String description() {
        Map<Quadrant, Long> counts = new EnumMap<>(Quadrant.class);
        placed.forEach(p -> counts.merge(p.assessment().quadrant(), 1L, Long::sum));
        String byQuadrant = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + text(e.getKey().title()))
                .collect(Collectors.joining(", "));
        return text("grid.description", placed.size(), byQuadrant);
    }

    private List<String> columns() {
        return List.of("number", "actor", "power_interest", "quadrant", "salience", "attitude",
                "candidacy", "assessed_on").stream().map(c -> text(Message.of(GridDocument.class, "column." + c)))
                .toList();
    }

    private String text(String key, Object... args) {
        return Message.of(GridDocument.class, key, args).format(locale);
    }

    private String text(Message message) {
        return message.format(locale);
    }

    record Row(int number, String name, int power, int interest, String quadrant, String salience,
            int attitude, String candidacy, String assessedOn) {
    }

    record Page(String title, String lead, String chart, String caption, List<Row> rows, List<String> columns,
            String method) {
    }
}
