package se.coompanion.sesi.adapters.documents.statistics;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.TextDocument;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.domain.statistics.InformationMaterial;

/**
 * The information material on women's entrepreneurship in one language as a document: a self-contained HTML page
 * (inline CSS and SVG charts, each chart with its data table, no scripts, A4 print styles) or Markdown with the same
 * content and tables instead of charts, from the templates {@code templates/statistics/material.html} and
 * {@code material.md}. Its file is {@code informationsmaterial-LANG.html} or {@code .md}.
 *
 * <p>Writing it whole (to a stream or a file) records the production, which is the evidence of the activity
 * INFORMATION_MATERIAL; a failed write records nothing. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#informationMaterial}.
 */
public final class MaterialDocument extends TextDocument {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "informationsmaterial";

    private final InformationMaterial material;
    private final DocumentFormat format;
    private final Locale locale;
    private final RecordMaterialProduction production;

    /**
     * @param material   the material's content, as {@code PrepareInformationMaterial} gathered it
     * @param format     HTML or Markdown
     * @param locale     the language (Swedish or English)
     * @param production the use case that records each production
     */
    public MaterialDocument(InformationMaterial material, DocumentFormat format, Locale locale,
            RecordMaterialProduction production) {
        super(fileName(format, locale), format.mediaType());
        this.material = Objects.requireNonNull(material, "material");
        this.format = format;
        this.locale = locale;
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

    @Override
    protected void writeText(Writer out) throws IOException {
        MaterialView view = MaterialView.of(material, locale);
        out.write(switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("statistics/material.html", view));
            case MARKDOWN -> Templates.renderMarkdown("statistics/material.md", view);
        });
    }

    @Override
    protected void written() {
        production.record(new RecordMaterialProduction.Command(format.materialFormat(), locale.getLanguage()));
    }
}
