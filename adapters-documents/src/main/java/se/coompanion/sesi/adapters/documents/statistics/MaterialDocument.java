package se.coompanion.sesi.adapters.documents.statistics;

import java.util.Locale;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/**
 * The information material as a document: a self-contained HTML page (inline CSS and SVG charts, each chart with
 * its data table, no scripts, A4 print styles) or Markdown with the same content and tables instead of charts.
 * Both come from templates ({@code templates/statistics/material.html} and {@code material.md}).
 */
public final class MaterialDocument {

    private MaterialDocument() {
    }

    public static String render(InformationMaterial material, MaterialFormat format, Locale locale) {
        MaterialView view = MaterialView.of(material, locale);
        return switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("statistics/material.html", view));
            case MARKDOWN -> Templates.renderMarkdown("statistics/material.md", view);
        };
    }
}
