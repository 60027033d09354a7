package se.coompanion.sesi.adapters.documents.implementation;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.TextDocument;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;

/**
 * The application for the implementation project (genomförandeprojekt) as a draft in one language, made from the
 * draft's view ({@link ShowImplementationDraft#show()}): the sections in the order of the application form (problem
 * analysis, target groups, aims, project logic as a diagram and a table, indicators, horizontal principles, partners,
 * risks, then spreading, organisation and budget, which a person must write and which are marked so), every claim
 * numbered to its evidence in annex A, where each piece of evidence is described in words with the claims that rest
 * on it, and the check's open points in annex B.
 *
 * <p>The HTML form is a self-contained page (inline CSS and SVG, no scripts, A4 print styles), the same kind of page
 * as the final report, so that a renderer of PDF takes its {@link #text()} as it is. Its file is
 * {@code ansokningsutkast-LANG.html} or {@code .md}. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#implementationDraft}.
 */
public final class ApplicationDraftDocument extends TextDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "ansokningsutkast";

    private final DraftDocumentView view;
    private final DocumentFormat format;
    private final Locale locale;

    /**
     * @param draft  the draft as {@code ShowImplementationDraft} shows it
     * @param format HTML or Markdown
     * @param locale the language (Swedish or English); what the team wrote is shown as written
     */
    public ApplicationDraftDocument(ShowImplementationDraft.DraftView draft, DocumentFormat format, Locale locale) {
        super(fileName(format, locale), format.mediaType());
        if (format == DocumentFormat.PDF) {
            throw new IllegalArgumentException("the application draft is written as HTML or Markdown, not as a PDF");
        }
        this.view = new DraftDocumentBuilder(Objects.requireNonNull(draft, "draft"), Objects.requireNonNull(locale,
                "locale")).build();
        this.format = format;
        this.locale = locale;
    }

    /**
     * The file name for a form and a language.
     *
     * @param format HTML or Markdown
     * @param locale the language
     * @return {@code ansokningsutkast-sv.html}, {@code ansokningsutkast-en.md} ...
     */
    public static String fileName(DocumentFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    @Override
    protected void writeText(Writer out) throws IOException {
        out.write(switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("implementation/draft.html", view));
            case MARKDOWN -> Templates.renderMarkdown("implementation/draft.md", view);
            case PDF -> throw new IllegalStateException("the application draft is not a PDF");
        });
    }
}
