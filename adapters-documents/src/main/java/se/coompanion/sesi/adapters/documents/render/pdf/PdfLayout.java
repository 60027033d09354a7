package se.coompanion.sesi.adapters.documents.render.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a document's HTML is laid out on A4 paper by {@link PdfPages}: its language and title (the PDF's metadata and
 * what a screen reader announces), an optional cover page and table of contents, the running footer and an optional
 * mark at the top of every page. Every text is in the document's language and plain (the layout escapes it).
 *
 * @param locale          the document's language, the PDF's {@code /Lang}
 * @param title           the document's title, the PDF's title (shown in the reader's title bar)
 * @param author          who the document is by (the project owner), the PDF's author
 * @param description     what the document is in a sentence, the PDF's subject
 * @param cover           the cover page, or empty to start with the document's own heading
 * @param contents        true for a table of contents ("Innehåll") after the cover, every {@code h2} with its page
 * @param runningTitle    the footer's left part, the document's short name; the right part is "Sida 3 av 28"
 * @param mark            a line at the top of every page (the internal edition's "Internt arbetsmaterial"), or
 *                        empty
 */
public record PdfLayout(Locale locale, String title, String author, String description, Optional<Cover> cover,
        boolean contents, String runningTitle, Optional<String> mark) {

    public PdfLayout {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(runningTitle, "runningTitle");
        Objects.requireNonNull(mark, "mark");
    }

    /**
     * The cover page: what the document is, its title, and its facts one per line.
     *
     * @param kind  what the document is, above the title ("Slutrapport")
     * @param title the title, the document's {@code h1}
     * @param facts the facts under it (case number, owner, period, date, edition)
     * @param note  a paragraph at the foot of the cover (what the edition leaves out), or empty
     */
    public record Cover(String kind, String title, List<Fact> facts, Optional<String> note) {

        public Cover {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            facts = List.copyOf(facts);
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * One line of the cover.
     *
     * @param label what it is ("Diarienummer")
     * @param value its value ("23-032-S01")
     */
    public record Fact(String label, String value) {

        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
