package se.coompanion.sesi.adapters.documents.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.adapters.documents.TextDocument;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;

/**
 * The final report (slutrapport) in one language as a document: a self-contained HTML page (inline CSS and SVG
 * charts, each chart with its data table, no scripts, A4 print styles) like the information material, or Markdown
 * with the same content and the tables instead of the charts. Its file is {@code slutrapport-LANG.html} or
 * {@code .md}. A pre-study that is not finished still gets its report, which says what is missing
 * ({@link #missing()}). Made by {@link se.coompanion.sesi.adapters.documents.SesiDocuments#finalReport}.
 */
public final class ReportDocument extends TextDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "slutrapport";

    private final ReportView view;
    private final List<String> missing;
    private final DocumentFormat format;
    private final Locale locale;

    /**
     * @param content the report's content, as {@code PrepareFinalReport} gathered it
     * @param format  HTML or Markdown
     * @param locale  the language (Swedish or English)
     * @param hints   what the program adds on how to record what is missing
     */
    public ReportDocument(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale,
            RecordingHints hints) {
        this(content, format, locale, hints, Optional.empty());
    }

    /**
     * @param content the report's content, as {@code PrepareFinalReport} gathered it
     * @param format  HTML or Markdown
     * @param locale  the language (Swedish or English)
     * @param hints   what the program adds on how to record what is missing
     * @param draft   the implementation project's application draft the recommendations led to, if there is one
     */
    public ReportDocument(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale,
            RecordingHints hints, Optional<DraftPointer> draft) {
        super(fileName(format, locale), format.mediaType());
        ReportBuilder builder = new ReportBuilder(Objects.requireNonNull(content, "content"), locale,
                Objects.requireNonNull(hints, "hints"), Objects.requireNonNull(draft, "draft"));
        this.view = builder.build();
        this.missing = List.copyOf(builder.missing());
        this.format = format;
        this.locale = locale;
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

    /** The file name for a form and a language: {@code slutrapport-sv.html}. */
    public static String fileName(DocumentFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    /** What the report names as missing, one line each (empty when the pre-study is complete). */
    public List<String> missing() {
        return missing;
    }

    @Override
    protected void writeText(Writer out) throws IOException {
        out.write(switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("report/report.html", view));
            case MARKDOWN -> Templates.renderMarkdown("report/report.md", view);
        });
    }
}
