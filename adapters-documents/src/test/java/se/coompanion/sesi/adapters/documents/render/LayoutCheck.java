package se.coompanion.sesi.adapters.documents.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's layout cuts anything off, measured in a real browser: every text element of every SVG chart must
 * lie inside its SVG's box (its viewBox as drawn; a label outside it is clipped), and every table must fit the width of
 * the element that holds it (a wider table spills past the page's margin). The page is opened in a window as wide as an
 * A4 sheet ({@link #A4_WIDTH} CSS pixels) with a script added to a copy of it (the documents themselves have none); the
 * script measures with {@code getBoundingClientRect} and writes what it found into the page, which chromium's
 * {@code --dump-dom} prints.
 */
public final class LayoutCheck {

    /** An A4 sheet's width in CSS pixels (210 mm at 96 px per inch). */
    public static final int A4_WIDTH = 794;

    private static final String SCRIPT = """
            <script>
            (function () {
              var found = [];
              function box(r) { return '[' + Math.round(r.left) + ', ' + Math.round(r.top) + ', ' + Math.round(r.right)
                  + ', ' + Math.round(r.bottom) + ']'; }
              document.querySelectorAll('svg').forEach(function (svg, s) {
                var outer = svg.getBoundingClientRect();
                var title = svg.querySelector('title');
                svg.querySelectorAll('text').forEach(function (text) {
                  var r = text.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) { return; }
                  if (r.left < outer.left - 0.5 || r.right > outer.right + 0.5 || r.top < outer.top - 0.5
                      || r.bottom > outer.bottom + 0.5) {
                    found.push('chart ' + (s + 1) + ' "' + (title ? title.textContent : '') + '": text "'
                        + text.textContent + '" at ' + box(r) + ' is cut by its picture ' + box(outer));
                  }
                });
              });
              document.querySelectorAll('table').forEach(function (table, t) {
                var container = table.parentElement;
                var width = table.getBoundingClientRect().width;
                var room = container.clientWidth;
                var caption = table.querySelector('caption');
                if (width > room + 0.5) {
                  found.push('table ' + (t + 1) + ' "' + (caption ? caption.textContent : '') + '": '
                      + Math.round(width) + ' px wide in ' + Math.round(room) + ' px');
                }
              });
              var report = document.createElement('pre');
              report.id = 'sesi-layout-check';
              report.textContent = 'checked\\n' + found.join('\\n');
              document.body.appendChild(report);
            })();
            </script>
            """;
    private static final Pattern REPORT = Pattern.compile("<pre id=\"sesi-layout-check\">(.*?)</pre>",
            Pattern.DOTALL);

    private LayoutCheck() {
    }

    /**
     * What the page cuts off: one line per clipped chart label and per table wider than its container; empty when
     * nothing is.
     */
    public static List<String> problems(HeadlessChromium chromium, Path page) {
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            if (end < 0) {
                throw new AssertionError(page + " has no </body>");
            }
            Path measured = Files.createTempFile(page.getParent(), "layout-", ".html");
            try {
                Files.writeString(measured, html.substring(0, end) + SCRIPT + html.substring(end),
                        StandardCharsets.UTF_8);
                String dom = chromium.dumpDom(measured, A4_WIDTH, 1200);
                Matcher report = REPORT.matcher(dom);
                if (!report.find()) {
                    throw new AssertionError("the layout check did not run on " + page);
                }
                String text = report.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&amp;", "&");
                List<String> problems = new ArrayList<>();
                for (String line : text.split("\\n")) {
                    if (!line.isBlank() && !line.equals("checked")) {
                        problems.add(page.getFileName() + ": " + line);
                    }
                }
                return problems;
            } finally {
                Files.deleteIfExists(measured);
                Files.deleteIfExists(measured.resolveSibling(measured.getFileName() + ".dom"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
