package se.coompanion.sesi.adapters.documents.report;

import java.util.Locale;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/**
 * The final report as a document: a self-contained HTML page (inline CSS and SVG charts, each chart with its data
 * table, no scripts, A4 print styles) like the information material, or Markdown with the same content and the
 * tables instead of the charts.
 */
public final class ReportDocument {

    private ReportDocument() {
    }

    public static String render(PrepareFinalReport.FinalReport report, MaterialFormat format, Locale locale) {
        return render(new ReportBuilder(report, locale).build(), format, locale);
    }

    static String render(ReportView view, MaterialFormat format, Locale locale) {
        return switch (format) {
            case HTML -> HtmlPage.render(locale, view.title(), Templates.render("report/report.html", view));
            case MARKDOWN -> Templates.renderMarkdown("report/report.md", view);
        };
    }
}
