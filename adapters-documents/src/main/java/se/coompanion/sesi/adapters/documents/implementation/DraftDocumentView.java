package se.coompanion.sesi.adapters.documents.implementation;

import java.util.List;

/**
 * The application draft in one language as the values of its templates ({@code templates/implementation/draft.html}
 * and {@code draft.md}): sections of blocks in the order of the application form, every text and number already in
 * the reader's language, every claim with the numbers of its evidence in annex A.
 *
 * @param lang     the language code of the page
 * @param title    the heading: the project's working title
 * @param kind     what the document is, under the heading
 * @param lead     the line under it
 * @param state    what the check leaves open, or that it finds nothing
 * @param sections the sections, each an {@code h2}
 * @param footer   the last line
 * @param toWriteLabel the mark of a part a person must write
 */
record DraftDocumentView(String lang, String title, String kind, String lead, String state, List<Section> sections,
        String footer, String toWriteLabel) {

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
     * @param subheading an {@code h3}
     * @param paragraph  a paragraph with the numbers of its evidence
     * @param toWrite    a part a person must still write, with what to write
     * @param bullets    a list, each item with the numbers of its evidence
     * @param figure     the project logic's diagram with its table
     * @param table      a table under its caption
     * @param annex      the annex of evidence
     */
    record Block(String subheading, Claim paragraph, String toWrite, Listing<Claim> bullets, Figure figure,
            TableView table, Listing<AnnexEntry> annex) {

        static Block subheading(String text) {
            return new Block(text, null, null, null, null, null, null);
        }

        static Block paragraph(Claim text) {
            return new Block(null, text, null, null, null, null, null);
        }

        static Block toWrite(String text) {
            return new Block(null, null, text, null, null, null, null);
        }

        static Block bullets(List<Claim> items) {
            return new Block(null, null, null, new Listing<>(items), null, null, null);
        }

        static Block figure(Figure figure) {
            return new Block(null, null, null, null, figure, null, null);
        }

        static Block table(TableView table) {
            return new Block(null, null, null, null, null, table, null);
        }

        static Block annex(List<AnnexEntry> entries) {
            return new Block(null, null, null, null, null, null, new Listing<>(entries));
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
     * A text and the numbers of the evidence it rests on.
     *
     * @param text the text
     * @param refs the evidence, in the order cited; empty for a text that claims nothing
     * @param last true for the last line of a table cell (the Markdown table breaks the line after the others)
     */
    record Claim(String text, List<Ref> refs, boolean last) {

        Claim(String text, List<Ref> refs) {
            this(text, refs, true);
        }

        static Claim of(String text) {
            return new Claim(text, List.of());
        }

        Claim notLast() {
            return new Claim(text, refs, false);
        }

        Claim asLast() {
            return new Claim(text, refs, true);
        }
    }

    /**
     * A number of annex A.
     *
     * @param number  the evidence's number
     * @param missing "(no longer found)" when it no longer resolves, else null
     */
    record Ref(int number, String missing) {
    }

    /**
     * The project logic as a picture, followed by its table.
     *
     * @param id      the heading's id, which the figure refers to
     * @param heading the heading
     * @param svg     the diagram
     * @param caption the line under it
     * @param table   the same content as a table
     */
    record Figure(String id, String heading, String svg, String caption, TableView table) {
    }

    /**
     * @param caption what the table shows
     * @param headers the column headers
     * @param rows    the rows; a row's first cell is its header
     */
    record TableView(String caption, List<Header> headers, List<Row> rows) {
    }

    /**
     * @param text   the header
     * @param number true for a column of numbers
     * @param align  the Markdown alignment mark
     */
    record Header(String text, boolean number, String align) {
    }

    record Row(List<CellView> cells) {
    }

    /**
     * @param lines  the cell's lines (a cell of the logic's table lists several results)
     * @param number true in a column of numbers
     * @param header true for the row's header
     */
    record CellView(List<Claim> lines, boolean number, boolean header) {
    }

    /**
     * @param number  the evidence's number, which claims refer to
     * @param kind    the kind, a phrase
     * @param summary what it says now, or why it is no longer found
     * @param citedBy the claims that rest on it, a phrase
     * @param missing true when it no longer resolves
     */
    record AnnexEntry(int number, String kind, String summary, String citedBy, boolean missing) {
    }
}
