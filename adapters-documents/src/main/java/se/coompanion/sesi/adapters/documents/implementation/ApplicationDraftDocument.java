package se.coompanion.sesi.adapters.documents.implementation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.ByteDocument;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfLayout;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfPages;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The application for the implementation project (genomförandeprojekt) as a draft in one language, made from the
 * draft's view ({@link ShowImplementationDraft#show()}): the sections in the order of the application form (problem
 * analysis, target groups, aims, project logic as a diagram and a table, indicators, horizontal principles, partners,
 * risks, then spreading, organisation and budget, which a person must write and which are marked so), every claim
 * numbered to its evidence in annex A, where each piece of evidence is described in words with the claims that rest
 * on it, and the check's open points in annex B.
 *
 * <p>The HTML form is a self-contained page (inline CSS and SVG, no scripts, A4 print styles), the same kind of page
 * as the final report; the PDF lays the same content out on A4 pages ({@link PdfPages}: the draft's title and case
 * number with "Sida 1 av 16" on every page, bookmarks, tagged). Its file is {@code ansokningsutkast-LANG.html},
 * {@code .md} or {@code .pdf}. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#implementationDraft}.
 */
public final class ApplicationDraftDocument extends ByteDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "ansokningsutkast";

    private final DraftDocumentView view;
    private final DocumentFormat format;
    private final Locale locale;
    private final ProjectFacts facts;

    /**
     * @param draft  the draft as {@code ShowImplementationDraft} shows it
     * @param format HTML, Markdown or PDF
     * @param locale the language (Swedish or English); what the team wrote is shown as written
     */
    public ApplicationDraftDocument(ShowImplementationDraft.DraftView draft, DocumentFormat format, Locale locale) {
        super(fileName(format, locale), format.mediaType());
        this.view = new DraftDocumentBuilder(Objects.requireNonNull(draft, "draft"), Objects.requireNonNull(locale,
                "locale")).build();
        this.format = format;
        this.locale = locale;
        this.facts = draft.preStudy().facts();
    }

    /**
     * The file name for a form and a language.
     *
     * @param format HTML, Markdown or PDF
     * @param locale the language
     * @return {@code ansokningsutkast-sv.html}, {@code ansokningsutkast-en.md}, {@code ansokningsutkast-sv.pdf} ...
     */
    public static String fileName(DocumentFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    /**
     * The whole draft as text, for a page held in memory or a test.
     *
     * @return the HTML or the Markdown
     * @throws IllegalStateException for the PDF, which is not text
     */
    public String text() {
        return switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("implementation/draft.html", view));
            case MARKDOWN -> Templates.renderMarkdown("implementation/draft.md", view);
            case PDF -> throw new IllegalStateException(fileName() + " is a PDF, not text");
        };
    }

    @Override
    protected void writeBytes(OutputStream out) throws IOException {
        if (format == DocumentFormat.PDF) {
            PdfPages.write(Templates.render("implementation/draft.html", view), layout(), out);
        } else {
            out.write(text().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A working paper: no cover and no contents; the draft's kind and the case number in the footer. */
    private PdfLayout layout() {
        return new PdfLayout(locale, view.title(), facts.ownerName(), view.kind(), Optional.empty(), false,
                Message.of(ApplicationDraftDocument.class, "draft.runningTitle", view.kind(), facts.caseNumber())
                        .format(locale), Optional.empty());
    }
}
