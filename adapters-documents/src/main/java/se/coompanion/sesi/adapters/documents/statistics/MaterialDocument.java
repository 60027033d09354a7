package se.coompanion.sesi.adapters.documents.statistics;

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
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.domain.statistics.InformationMaterial;

/**
 * The information material on women's entrepreneurship in one language as a document: a self-contained HTML page
 * (inline CSS and SVG charts, each chart with its data table, no scripts, A4 print styles), Markdown with the same
 * content and tables instead of charts, from the templates {@code templates/statistics/material.html} and
 * {@code material.md}, or the HTML's content as a PDF on A4 pages ({@link PdfPages}: "Sida 1 av 4" on every page,
 * bookmarks, embedded fonts, tagged). Its file is {@code informationsmaterial-LANG.html}, {@code .md} or
 * {@code .pdf}.
 *
 * <p>Writing it whole (to a stream or a file) records the production, which is the evidence of the activity
 * INFORMATION_MATERIAL; a failed write records nothing. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#informationMaterial}.
 */
public final class MaterialDocument extends ByteDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "informationsmaterial";

    private final InformationMaterial material;
    private final DocumentFormat format;
    private final Locale locale;
    private final RecordMaterialProduction production;

    /**
     * @param material   the material's content, as {@code PrepareInformationMaterial} gathered it
     * @param format     HTML, Markdown or PDF
     * @param locale     the language (Swedish or English)
     * @param production the use case that records each production
     */
    public MaterialDocument(InformationMaterial material, DocumentFormat format, Locale locale,
            RecordMaterialProduction production) {
        super(fileName(format, locale), format.mediaType());
        this.material = Objects.requireNonNull(material, "material");
        this.format = Objects.requireNonNull(format, "format");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.production = Objects.requireNonNull(production, "production");
    }

    /** The file name for a form and a language: {@code informationsmaterial-sv.html}. */
    public static String fileName(DocumentFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    /** True when the material shows example figures (each labelled "Exempeldata" / "Example data"). */
    public boolean usesExampleData() {
        return material.usesExampleData();
    }

    /**
     * The whole material as text, for a page held in memory or a test. Records no production.
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
            MaterialView view = MaterialView.of(material, locale);
            PdfPages.write(Templates.render("statistics/material.html", view), layout(view), out);
        } else {
            out.write(render().getBytes(StandardCharsets.UTF_8));
        }
    }

    private String render() {
        MaterialView view = MaterialView.of(material, locale);
        return switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("statistics/material.html", view));
            case MARKDOWN -> Templates.renderMarkdown("statistics/material.md", view);
            case PDF -> throw new IllegalStateException("the PDF is not text");
        };
    }

    /** A leaflet: no cover and no contents; its title and the project in the footer, "Sida 1 av 4". */
    private PdfLayout layout(MaterialView view) {
        InformationMaterial.Subject subject = material.subject();
        return new PdfLayout(locale, view.title(), subject.projectName(), view.lead(), Optional.empty(), false,
                Message.of(MaterialDocument.class, "doc.runningTitle", view.title(), subject.caseNumber())
                        .format(locale), Optional.empty());
    }

    /** Records the production, the evidence of the activity. */
    @Override
    protected void written() {
        production.record(new RecordMaterialProduction.Command(format.materialFormat(), locale.getLanguage()));
    }
}
