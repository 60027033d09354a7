package se.coompanion.sesi.adapters.documents.render;

import java.util.Locale;

/**
 * A self-contained HTML page: one file with its CSS inline, charts as inline SVG, no scripts and no external
 * requests. Prints on A4; headings, table headers and chart titles keep it readable with a screen reader.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /**
     * @param locale the page's language ({@code lang} attribute)
     * @param title  the page title (escaped)
     * @param body   the page's content, markup made by templates
     */
    public static String render(Locale locale, String title, String body) {
        return Templates.render("page.html", new Page(locale.getLanguage(), title, body));
    }

    /** The page template's values. */
    record Page(String lang, String title, String body) {
    }
}
