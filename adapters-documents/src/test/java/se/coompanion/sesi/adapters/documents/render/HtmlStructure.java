package se.coompanion.sesi.adapters.documents.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the structure of a generated document page (the information material, the final report) the way an
 * accessibility and self-containment review would, and lists every problem found (empty: the page is fine):
 * <ul>
 * <li>a language on {@code <html>}, a {@code <title>}, exactly one {@code <h1>}, heading levels without gaps;</li>
 * <li>every {@code <figure>} holds an SVG with {@code role="img"}, a non-empty {@code <title>} and {@code <desc>}, is
 *     named by a heading, and is followed by a {@code <table>} with a {@code <caption>} and column headers (the
 *     numbers behind the chart);</li>
 * <li>no script, event handler, frame, object, embed, external style sheet, image file or CSS {@code url()} /
 *     {@code @import};</li>
 * <li>no web address outside the links of the named sources section (the SVG namespace excepted: it is a name,
 *     not a request).</li>
 * </ul>
 * The checks read the page as text; they are made for pages our own templates write.
 */
public final class HtmlStructure {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])\\b[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern FIGURE = Pattern.compile("<figure\\b([^>]*)>(.*?)</figure>\\s*", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern SVG_TITLE = Pattern.compile("<svg\\b[^>]*role=\"img\"[^>]*>\\s*<title\\b[^>]*>([^<]+)"
            + "</title>\\s*<desc\\b[^>]*>([^<]+)</desc>", Pattern.DOTALL);
    private static final Pattern LABELLED_BY = Pattern.compile("aria-labelledby=\"([^\"]+)\"");
    private static final Pattern FORBIDDEN = Pattern.compile("(?i)<script|<iframe|<object|<embed|<img\\b|<link\\b"
            + "|\\son[a-z]+\\s*=|url\\(|@import|javascript:");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
    private static final String SVG_NAMESPACE = "xmlns=\"http://www.w3.org/2000/svg\"";

    private HtmlStructure() {
    }

    /**
     * Every problem of the page.
     *
     * @param html       the page
     * @param sourcesId  the id of the section whose links may point outside (the source list), or null for none
     */
    public static List<String> problems(String html, String sourcesId) {
        List<String> problems = new ArrayList<>();
        if (!html.startsWith("<!DOCTYPE html>")) {
            problems.add("the page does not start with <!DOCTYPE html>");
        }
        if (!Pattern.compile("<html lang=\"[a-z]{2}\"").matcher(html).find()) {
            problems.add("<html> has no lang attribute");
        }
        if (!Pattern.compile("<title>[^<]+</title>").matcher(html).find()) {
            problems.add("the page has no <title>");
        }
        headings(html, problems);
        figures(html, problems);
        Matcher forbidden = FORBIDDEN.matcher(html);
        while (forbidden.find()) {
            problems.add("forbidden content: " + forbidden.group());
        }
        addresses(html, sourcesId, problems);
        return problems;
    }

    /** The headings in order, as "h2 Title". */
    public static List<String> headings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher matcher = HEADING.matcher(html);
        while (matcher.find()) {
            headings.add("h" + matcher.group(1) + " " + matcher.group(2).replaceAll("<[^>]+>", "").strip());
        }
        return headings;
    }

    /** The number of figures (charts). */
    public static int figureCount(String html) {
        Matcher matcher = FIGURE.matcher(html);
        int figures = 0;
        while (matcher.find()) {
            figures++;
        }
        return figures;
    }

    private static void headings(String html, List<String> problems) {
        List<String> headings = headings(html);
        long h1 = headings.stream().filter(h -> h.startsWith("h1 ")).count();
        if (h1 != 1) {
            problems.add("the page has " + h1 + " <h1> headings, not one");
        }
        int previous = 0;
        for (String heading : headings) {
            int level = heading.charAt(1) - '0';
            if (level > previous + 1) {
                problems.add("heading level jumps from h" + previous + " to " + heading);
            }
            if (heading.length() <= 3) {
                problems.add("empty heading: " + heading);
            }
            previous = level;
        }
    }

    private static void figures(String html, List<String> problems) {
        Matcher figure = FIGURE.matcher(html);
        int n = 0;
        while (figure.find()) {
            n++;
            String body = figure.group(2);
            Matcher svg = SVG_TITLE.matcher(body);
            if (!svg.find() || svg.group(1).isBlank() || svg.group(2).isBlank()) {
                problems.add("figure " + n + ": no <svg role=\"img\"> with a <title> and a <desc>");
            }
            Matcher label = LABELLED_BY.matcher(figure.group(1));
            if (!label.find() || !Pattern.compile("<h[2-6] id=\"" + Pattern.quote(label.group(1)) + "\">[^<]+</h")
                    .matcher(html).find()) {
                problems.add("figure " + n + ": not named by a heading (aria-labelledby)");
            }
            String after = html.substring(figure.end());
            Matcher table = TABLE.matcher(after);
            if (!after.startsWith("<table") || !table.find()) {
                problems.add("figure " + n + ": no data table right after the chart");
            } else if (!table.group(1).contains("<caption>") || !table.group(1).contains("<th scope=\"col\"")) {
                problems.add("figure " + n + ": its data table has no caption or no column headers");
            }
        }
    }

    private static void addresses(String html, String sourcesId, List<String> problems) {
        String outside = html.replace(SVG_NAMESPACE, "");
        if (sourcesId != null) {
            Matcher sources = Pattern.compile("<section aria-labelledby=\"" + Pattern.quote(sourcesId)
                    + "\">(.*?)</section>", Pattern.DOTALL).matcher(outside);
            if (sources.find()) {
                outside = outside.substring(0, sources.start()) + outside.substring(sources.end());
            } else {
                problems.add("no sources section " + sourcesId);
            }
        }
        Matcher address = ADDRESS.matcher(outside);
        while (address.find()) {
            problems.add("web address outside the source list: " + address.group());
        }
    }
}
