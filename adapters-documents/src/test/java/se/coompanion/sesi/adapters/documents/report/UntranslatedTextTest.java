package se.coompanion.sesi.adapters.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UntranslatedTextTest {

    private static final List<String> BUNDLES = List.of("se/coompanion/sesi/adapters/documents/report/messages");

    @Test
    void a_heading_or_a_sentence_of_the_other_language_is_found_a_word_inside_data_is_not() {
        String english = "<h2 id=\"missing\">Vad som saknas</h2><td>Programområde D i ESF+ gäller glesbygd</td>"
                + "<p>SESI (23-032-S01). Varje aktivitets utfall räknas ur dess underlag; avvikelsen är utfallet "
                + "minus målet.</p>";

        assertThat(UntranslatedText.in(english, "sv", BUNDLES)).containsExactly(
                "activities.lead: . Varje aktivitets utfall räknas ur dess underlag; avvikelsen är utfallet minus "
                        + "målet.",
                "missing.heading: Vad som saknas");
        assertThat(UntranslatedText.in("<h2>What is missing</h2>", "sv", BUNDLES)).isEmpty();
        assertThat(UntranslatedText.in("<h2>What is missing</h2>", "en", BUNDLES)).containsExactly(
                "missing.heading: What is missing");
    }

    @Test
    void every_text_of_the_synthesis_and_the_report_is_in_both_languages() throws IOException {
        for (String bundle : List.of("se/coompanion/sesi/adapters/documents/report/messages",
                "se/coompanion/sesi/adapters/documents/synthesis/messages",
                "se/coompanion/sesi/application/synthesis/messages",
                "se/coompanion/sesi/domain/synthesis/messages")) {
            assertThat(load(bundle + "_sv.properties").stringPropertyNames()).as(bundle)
                    .isEqualTo(load(bundle + ".properties").stringPropertyNames());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UntranslatedTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
