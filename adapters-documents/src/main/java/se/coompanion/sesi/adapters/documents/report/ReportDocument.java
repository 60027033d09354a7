package se.coompanion.sesi.adapters.documents.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.ByteDocument;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.Edition;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.MarkdownText;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfLayout;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfPages;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The final report (slutrapport) in one language and one edition as a document: a self-contained HTML page (inline
 * CSS and SVG charts, each chart with its data table, no scripts, A4 print styles) like the information material,
 * Markdown with the same content and the tables instead of the charts, or a PDF on A4 pages (a cover page, a table of
 * contents, "Sida 3 av 28" on every page, bookmarks, embedded fonts, tagged for screen readers; {@link PdfPages}).
 * Its file is {@code slutrapport-LANG.html}, {@code .md} or {@code .pdf}; the internal edition's
 * {@code slutrapport-intern-LANG...}. A pre-study that is not finished still gets its report, which says what is
 * missing ({@link #missing()}). Made by {@link se.coompanion.sesi.adapters.documents.SesiDocuments#finalReport}.
 */
public final class ReportDocument extends ByteDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "slutrapport";

    private final PrepareFinalReport.FinalReport content;
    private final ReportView view;
    private final List<String> missing;
    private final DocumentFormat format;
    private final Locale locale;
    private final Edition edition;

    /**
     * @param content the report's content, as {@code PrepareFinalReport} gathered it
     * @param format  HTML, Markdown or PDF
     * @param locale  the language (Swedish or English)
     * @param hints   what the program adds on how to record what is missing
     * @param edition public (names, salience classes and attitudes left out) or internal
     * @param people  what identifies each contact person the records may quote (names, e-mail addresses, phone
     *                numbers), which the public edition leaves out
     */
    public ReportDocument(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale,
            RecordingHints hints, Edition edition, Collection<String> people) {
        this(content, format, locale, hints, edition, people, Optional.empty());
    }

    /**
     * @param content the report's content, as {@code PrepareFinalReport} gathered it
     * @param format  HTML, Markdown or PDF
     * @param locale  the language (Swedish or English)
     * @param hints   what the program adds on how to record what is missing
     * @param edition public (names, salience classes and attitudes left out) or internal
     * @param people  what identifies each contact person the records may quote, which the public edition leaves out
     * @param draft   the implementation project's application draft the recommendations led to, if there is one
     */
    public ReportDocument(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale,
            RecordingHints hints, Edition edition, Collection<String> people, Optional<DraftPointer> draft) {
        super(fileName(format, locale, edition), format.mediaType());
        this.content = Objects.requireNonNull(content, "content");
        this.format = Objects.requireNonNull(format, "format");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.edition = Objects.requireNonNull(edition, "edition");
        ReportBuilder builder = new ReportBuilder(content, locale, Objects.requireNonNull(hints, "hints"),
                Objects.requireNonNull(draft, "draft"));
        this.view = new EditionFilter(edition, List.copyOf(people), locale).apply(builder.build());
        this.missing = List.copyOf(builder.missing());
    }

    /**
     * Where the report points the reader to the implementation project's application draft.
     *
     * @param title    the implementation project's working title
     * @param fileName the draft's file, beside the report
     */
    public record DraftPointer(String title, String fileName) {

        /** Both given. */
        public DraftPointer {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    /** The public edition's file name for a form and a language: {@code slutrapport-sv.html}. */
    public static String fileName(DocumentFormat format, Locale locale) {
        return fileName(format, locale, Edition.PUBLIC);
    }

    /** The file name for a form, a language and an edition: {@code slutrapport-intern-sv.pdf}. */
    public static String fileName(DocumentFormat format, Locale locale, Edition edition) {
        return BASE_NAME + edition.fileSuffix() + "-" + locale.getLanguage() + "." + format.extension();
    }

    /** What the report names as missing, one line each (empty when the pre-study is complete). */
    public List<String> missing() {
        return missing;
    }

    /** The report's edition. */
    public Edition edition() {
        return edition;
    }

    /**
     * The whole report as text, for a page held in memory or a test.
     *
     * @return the HTML or the Markdown
     * @throws IllegalStateException for the PDF, which is not text
     */
    public String text() {
        if (format == DocumentFormat.PDF) {
            throw new IllegalStateException(fileName() + " is a PDF, not text");
        }
        return render();
    }

    @Override
    protected void writeBytes(OutputStream out) throws IOException {
        if (format == DocumentFormat.PDF) {
            PdfPages.write(Templates.render("report/report.html", view), layout(), out);
        } else {
            out.write(render().getBytes(StandardCharsets.UTF_8));
        }
    }

    private String render() {
        Optional<String> mark = mark();
        return switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), mark.map(m -> Templates.render("report/mark.html",
                    new Mark(m))).orElse("") + Templates.render("report/report.html", view));
            case MARKDOWN -> mark.map(m -> "**" + MarkdownText.escape(m) + "**\n\n").orElse("")
                    + Templates.renderMarkdown("report/report.md", view);
            case PDF -> throw new IllegalStateException("the PDF is not text");
        };
    }

    /** "Internt arbetsmaterial" for the internal edition. */
    private Optional<String> mark() {
        return edition == Edition.INTERNAL ? Optional.of(text("edition.mark")) : Optional.empty();
    }

    /** The mark's template values. */
    record Mark(String text) {
    }

    /** The PDF's cover (name, case number, owner, period, date, edition), contents, footer and metadata. */
    private PdfLayout layout() {
        ProjectFacts facts = content.preStudy().facts();
        String editionName = text(edition == Edition.PUBLIC ? "edition.public" : "edition.internal");
        PdfLayout.Cover cover = new PdfLayout.Cover(text("pdf.kind"), facts.name(), List.of(
                new PdfLayout.Fact(text("facts.caseNumber"), facts.caseNumber().value()),
                new PdfLayout.Fact(text("facts.owner"), facts.ownerName()),
                new PdfLayout.Fact(text("facts.period"), Message.of(ReportBuilder.class, "facts.periodValue",
                        facts.period().start(), facts.period().end()).format(locale)),
                new PdfLayout.Fact(text("pdf.date"), content.producedOn().toString()),
                new PdfLayout.Fact(text("pdf.edition"), editionName)),
                Optional.of(text(edition == Edition.PUBLIC ? "pdf.publicNote" : "pdf.internalNote")));
        return new PdfLayout(locale, view.title(), facts.ownerName(), view.lead(), Optional.of(cover), true,
                Message.of(ReportBuilder.class, "pdf.runningTitle", text("pdf.kind"), facts.caseNumber().value(),
                        editionName).format(locale), mark());
    }

    private String text(String key, Object... args) {
        return Message.of(ReportBuilder.class, key, args).format(locale);
    }
}
