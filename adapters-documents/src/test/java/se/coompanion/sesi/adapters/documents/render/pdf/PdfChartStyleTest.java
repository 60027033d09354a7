package se.coompanion.sesi.adapters.documents.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PDF's charts look like the HTML page's: Batik reads only the style inside each SVG, and openhtmltopdf no CSS
 * variables, so every class the page's stylesheet styles inside a chart needs its own rule in the PDF's chart style.
 * Without it a Likert chart's bars were drawn black in the PDF, their shares unreadable.
 */
class PdfChartStyleTest {

    private static final Pattern SVG_CLASS = Pattern.compile("^svg (?:[a-z]+)?\\.([a-z0-9-]+)", Pattern.MULTILINE);

    @Test
    void every_chart_class_of_the_pages_stylesheet_has_a_rule_in_the_pdfs_chart_style() throws IOException {
        Set<String> classes = new LinkedHashSet<>();
        Matcher matcher = SVG_CLASS.matcher(pageStylesheet());
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }

        assertThat(classes).as("the classes the page's stylesheet styles in charts").contains("bar", "likert-d2",
                "on-dark", "logic-box");
        for (String css : classes) {
            assertThat(PdfPages.chartStyle()).as("a rule for ." + css + " in the PDF's chart style")
                    .containsPattern("\\." + Pattern.quote(css) + "\\b");
        }
        assertThat(PdfPages.chartStyle()).as("concrete colours only").doesNotContain("var(");
    }

    private static String pageStylesheet() throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(
                "/se/coompanion/sesi/adapters/documents/templates/style.mustache")) {
            assertThat(in).as("the page's stylesheet").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
