package se.coompanion.sesi.adapters.documents.report;

import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.MarkdownText;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.Table;

/**
 * The final report in one language as the values of its templates ({@code templates/report/report.html} and
 * {@code report.md}): sections of blocks, every text and number already in the reader's language. The HTML and the
 * Markdown show the same view; only HTML draws the charts, and in both a chart's table follows it.
 *
 * @param lang     the language code of the page
 * @param title    the heading
 * @param lead     the line under the heading
 * @param sections the sections, each an {@code h2}
 * @param footer   the last line
 * @param exampleLabel "Exempel" / "Example", beside an invented example source
 */
record ReportView(String lang, String title, String lead, List<Section> sections, String footer,
        String exampleLabel) {

    /**
     * @param id      the heading's id
     * @param heading the heading
     * @param blocks  the content
     */
    record Section(String id, String heading, List<Block> blocks) {
    }

    /**
     * One piece of a section; exactly one field is set.
     *
     * @param subheading      an {@code h3}
     * @param paragraph       a paragraph
     * @param note            a highlighted paragraph
     * @param bullets         a list
     * @param figure          a chart with its heading and its table
     * @param table           a table under its caption
     * @param recommendations the recommendations with their numbered evidence
     * @param evidence        the annex of evidence
     * @param sources         a list of sources
     */
    record Block(String subheading, String paragraph, String note, Listing<String> bullets, Chart figure,
            TableView table, Listing<RecommendationView> recommendations, Listing<EvidenceView> evidence,
            Listing<SourceView> sources) {

        static Block subheading(String text) {
            return new Block(text, null, null, null, null, null, null, null, null);
        }

        static Block paragraph(String text) {
            return new Block(null, text, null, null, null, null, null, null, null);
        }

        static Block note(String text) {
            return new Block(null, null, text, null, null, null, null, null, null);
        }

        static Block bullets(List<String> items) {
            return new Block(null, null, null, new Listing<>(items), null, null, null, null, null);
        }

        static Block figure(Chart figure) {
            return new Block(null, null, null, null, figure, null, null, null, null);
        }

        static Block table(TableView table) {
            return new Block(null, null, null, null, null, table, null, null, null);
        }

        static Block recommendations(List<RecommendationView> recommendations) {
            return new Block(null, null, null, null, null, null, new Listing<>(recommendations), null, null);
        }

        static Block evidence(List<EvidenceView> evidence) {
            return new Block(null, null, null, null, null, null, null, new Listing<>(evidence), null);
        }

        static Block sources(List<SourceView> sources) {
            return new Block(null, null, null, null, null, null, null, null, new Listing<>(sources));
        }
    }

    /**
     * A list, so that a template writes its element once around the items.
     *
     * @param items the items
     * @param <T>   what they are
     */
    record Listing<T>(List<T> items) {
    }

    /**
     * A chart: an {@code h3} that names it, the SVG (HTML only), a caption, and the table of its numbers.
     *
     * @param id      the heading's id, which the figure refers to
     * @param heading the heading
     * @param svg     the chart
     * @param caption the line under it
     * @param table   its numbers
     */
    record Chart(String id, String heading, String svg, String caption, TableView table) {
    }

    /**
     * @param caption what the table shows
     * @param headers the column headers
     * @param rows    the rows; a row's first cell is its header
     */
    record TableView(String caption, List<HeaderView> headers, List<RowView> rows) {

        /** A listing as people read it: the column titles and every cell in the language of the locale. */
        static TableView of(String caption, Table table, Locale locale) {
            List<HeaderView> headers = table.columns().stream().map(c -> new HeaderView(c.title().format(locale),
                    false, "---")).toList();
            List<List<Cell>> rows = table.rows();
            // a column is numeric when every cell with a value in it is
            boolean[] numeric = new boolean[headers.size()];
            for (int i = 0; i < numeric.length; i++) {
                final int column = i;
                numeric[i] = i > 0 && !rows.isEmpty() && rows.stream().allMatch(r -> r.get(column).numeric()
                        || r.get(column).plain(locale).isEmpty());
            }
            List<HeaderView> aligned = new java.util.ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                aligned.add(new HeaderView(headers.get(i).text(), numeric[i], numeric[i] ? "---:" : "---"));
            }
            return new TableView(caption, aligned, rows.stream().map(r -> {
                List<CellView> cells = new java.util.ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    cells.add(new CellView(shown(r.get(i).plain(locale)), numeric[i], i == 0));
                }
                return new RowView(cells);
            }).toList());
        }

        /** A number and its % sign stay on one line. */
        private static String shown(String text) {
            return text.replace(" %", NumberText.NBSP + "%");
        }
    }

    /**
     * @param text   the header
     * @param number true for a column of numbers
     * @param align  the Markdown alignment mark
     */
    record HeaderView(String text, boolean number, String align) {
    }

    record RowView(List<CellView> cells) {
    }

    /**
     * @param text   the cell as shown
     * @param number true in a column of numbers
     * @param header true for the row's header
     */
    record CellView(String text, boolean number, boolean header) {
    }

    /**
     * @param number    the recommendation's number
     * @param priority  its priority, a word
     * @param statement what to do
     * @param rationale why; null when none
     * @param evidence  the numbers of its evidence in the annex
     */
    record RecommendationView(int number, String priority, String statement, String rationale,
            List<Integer> evidence) {
    }

    /**
     * @param number   the evidence's number, which recommendations refer to
     * @param code     the reference as stored
     * @param kind     the kind, a phrase
     * @param summary  what it says now
     * @param missing  true when it no longer resolves
     */
    record EvidenceView(int number, String code, String kind, String summary, boolean missing) {
    }

    /**
     * @param citation the source as cited
     * @param url      its address, when it has one
     * @param example  true for an invented example source
     */
    record SourceView(String citation, String url, boolean example) {

        /** The address as the Markdown report links it ({@link MarkdownText#autolink}). */
        public String markdownUrl() {
            return MarkdownText.autolink(url);
        }
    }
}
