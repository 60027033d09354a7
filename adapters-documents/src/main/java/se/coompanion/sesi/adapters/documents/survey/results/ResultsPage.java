package se.coompanion.sesi.adapters.documents.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.TextDocument;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/**
 * The results as a self-contained HTML page (one file, inline CSS and SVG, no scripts, printable on A4): what the
 * figures are based on (usable returns, forms held back, the response rate), then the questions by section of the
 * form. A question with choices has a bar chart of its shares of the valid answers (every group's bars side by side
 * in a cross-tab) and, right after it, the table of its numbers; numbers, dates and texts have their table.
 */
public final class ResultsPage {

    /** Longest label drawn beside a bar; the table has the whole label. */
    private static final int BAR_LABEL = 30;

    private ResultsPage() {
    }

    record View(String title, String lead, String aboutHeading, List<String> about, List<Section> sections,
            String footer) {
    }

    record Section(String id, String heading, List<Question> questions) {
    }

    record Question(String id, String heading, String variable, List<String> notes, List<Chart> charts,
            TableView table) {
    }

    record Chart(String svg, String caption) {
    }

    record TableView(String caption, List<Header> headers, List<Row> rows) {
    }

    record Header(String text, boolean number) {
    }

    record Row(List<Data> cells) {
    }

    record Data(String text, boolean number, boolean header) {
    }

    static String render(ComputeSurveyResults.Result result, DispositionCounts rates, GroupNames names,
            String produced, Locale locale) {
        ResultsGrid grid = new ResultsGrid(names, locale);
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        int n = 0;
        for (QuestionResults question : result.tables()) {
            String section = question.question().section().isEmpty() ? text(locale, "page.questions")
                    : question.question().section();
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(question(question, "q" + (++n), grid,
                    names, locale));
        }
        List<Section> sections = new ArrayList<>();
        int s = 0;
        for (Map.Entry<String, List<Question>> entry : bySection.entrySet()) {
            sections.add(new Section("section-" + (++s), entry.getKey(), entry.getValue()));
        }
        String grouping = names.grouping();
        String title = grouping.isEmpty() ? text(locale, "page.title") : text(locale, "page.titleBy", grouping);
        View view = new View(title, text(locale, "page.lead", produced), text(locale, "page.about"),
                about(result, rates, locale), sections, text(locale, "page.footer", produced));
        return HtmlPage.render(locale, title, Templates.render("survey/results.html", view));
    }

    /**
     * The page as a document: {@code enkatresultat[-VARIABLE][-GROUPING]-LANG.html}.
     *
     * @param variable the one question of the page, or empty for every question
     * @param result   the results
     * @param rates    the dispositions of all units, for the response rate
     * @param locale   the page's language
     * @return the page
     */
    public static TextDocument document(Optional<String> variable, ComputeSurveyResults.Result result,
            DispositionCounts rates, Locale locale) {
        return TextDocument.of(fileName(variable, result.by(), locale), TextDocument.HTML, () -> render(result, rates,
                new GroupNames(result, locale), result.computedOn().toString(), locale));
    }

    /** {@code enkatresultat-sv.html}, {@code enkatresultat-county-sv.html}, {@code enkatresultat-q5-by-q3-en.html}. */
    public static String fileName(Optional<String> variable, ResultGrouping grouping, Locale locale) {
        StringBuilder name = new StringBuilder("enkatresultat");
        variable.ifPresent(v -> name.append('-').append(v.strip()));
        switch (grouping.kind()) {
            case NONE -> {
                // overall
            }
            case COUNTY -> name.append("-county");
            case LEGAL_FORM -> name.append("-legal-form");
            case VARIABLE -> name.append("-by-").append(grouping.variable().orElseThrow());
        }
        return name.append('-').append(locale.getLanguage()).append(".html").toString();
    }

    private static List<String> about(ComputeSurveyResults.Result result, DispositionCounts rates, Locale locale) {
        List<String> about = new ArrayList<>();
        about.add(text(locale, "page.base", NumberText.count(result.usable(), locale),
                rates.rr2().isPresent() ? Cell.share(rates.rr2().getAsDouble()).plain(locale) : "-",
                rates.complete() + rates.partial(), rates.total()));
        if (result.heldBack() > 0) {
            about.add(text(locale, "page.heldBack", result.heldBack(), result.states().entrySet().stream()
                    .filter(e -> e.getKey() != FormState.USABLE)
                    .map(e -> e.getKey().count(e.getValue()).format(locale))
                    .collect(Collectors.joining(", "))));
        }
        about.add(text(locale, "page.percent"));
        about.add(text(locale, "page.filters"));
        if (result.by().kind() != ResultGrouping.Kind.NONE) {
            about.add(text(locale, "page.crossTab"));
        }
        about.add(text(locale, "page.weights"));
        return about;
    }

    private static Question question(QuestionResults results, String id, ResultsGrid grid, GroupNames names,
            Locale locale) {
        List<String> notes = new ArrayList<>();
        notes.add(results.question().label());
        ResultsGrid.condition(results).ifPresent(c -> notes.add(text(locale, "page.shownIf", c)));
        if (results.question().type() == QuestionType.MULTI) {
            notes.add(text(locale, "page.multi"));
        }
        if (results.question().type() == QuestionType.LIKERT_5) {
            notes.add(text(locale, "page.likert"));
        }
        List<Chart> charts = new ArrayList<>();
        if (results.question().type().hasChoices()) {
            charts.add(chart(results, names, locale));
        }
        Table table = grid.of(results);
        return new Question(id, heading(results), results.question().variable(), notes, charts,
                table(table, text(locale, "page.tableCaption", results.question().variable()), locale));
    }

    private static String heading(QuestionResults results) {
        return results.question().variable();
    }

    /** Bars of the shares of valid answers (of respondents for MULTI): per answer, one bar per group. */
    private static Chart chart(QuestionResults results, GroupNames names, Locale locale) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<QuestionResults.Column> columns = results.columns();
        boolean grouped = columns.size() > 1;
        List<Choice> choices = results.question().type() == QuestionType.MULTI
                ? ((QuestionResults.MultiColumn) columns.get(0)).options().stream()
                        .map(QuestionResults.OptionCount::choice).toList()
                : ((QuestionResults.ChoiceColumn) columns.get(0)).codes().stream()
                        .map(QuestionResults.CodeCount::choice).toList();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            for (QuestionResults.Column column : columns) {
                OptionalDouble share = share(column, i);
                String shown = share.isPresent()
                        ? NumberText.share(BigDecimal.valueOf(share.getAsDouble()), locale) : "-";
                String label = shortened(GroupNames.choice(choices.get(i)));
                if (grouped) {
                    label = shortened(choices.get(i).label(), 15) + " · "
                            + shortened(names.shortName(column.group()), 15);
                }
                bars.add(new BarChart.Bar(label, share.orElse(0), shown, grouped
                        && column.group().equals(ResultGrouping.ALL)));
                described.add((grouped ? names.name(column.group()) + ", " : "") + choices.get(i).label() + " "
                        + shown);
            }
        }
        String base = results.question().type() == QuestionType.MULTI ? text(locale, "chart.ofRespondents")
                : text(locale, "chart.ofValid");
        String title = results.question().variable() + ": " + base;
        String svg = new BarChart(title, text(locale, "chart.description", results.question().label(), base,
                String.join("; ", described)), bars, 1.0).svg();
        String caption = columns.stream().map(names::withN).collect(Collectors.joining(" · "));
        return new Chart(svg, text(locale, "chart.caption", base, caption));
    }

    private static OptionalDouble share(QuestionResults.Column column, int i) {
        if (column instanceof QuestionResults.MultiColumn m) {
            return m.options().get(i).ofRespondents();
        }
        return ((QuestionResults.ChoiceColumn) column).codes().get(i).share();
    }

    private static TableView table(Table table, String caption, Locale locale) {
        List<Header> headers = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            headers.add(new Header(table.columns().get(c).title().format(locale), c > 0
                    && table.rows().stream().anyMatch(r -> r.get(column).numeric())));
        }
        List<Row> rows = new ArrayList<>();
        for (List<Cell> cells : table.rows()) {
            List<Data> data = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                // a number and its % sign stay on one line
                data.add(new Data(cells.get(c).plain(locale).replace(" %", NumberText.NBSP + "%"),
                        cells.get(c).numeric(), c == 0));
            }
            rows.add(new Row(data));
        }
        return new TableView(caption, headers, rows);
    }

    private static String shortened(String text) {
        return shortened(text, BAR_LABEL);
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(ResultsPage.class, key, args).format(locale);
    }
}
