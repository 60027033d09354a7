package se.coompanion.sesi.adapters.cli.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.documents.report.UntranslatedText;

/** The implementation draft's texts exist in both languages, and what it shows is in the reader's. */
class ImplementationTextsTest {

    /** The bundles of what the commands print (the draft's stored texts are the team's, in the draft's language). */
    private static final List<String> SHOWN = List.of("se/coompanion/sesi/adapters/cli/implementation/messages",
            "se/coompanion/sesi/domain/implementation/messages");

    @TempDir
    Path directory;

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImplementationTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_bundle_of_the_draft_has_the_same_keys_in_swedish_and_english() throws IOException {
        for (String bundle : List.of("se/coompanion/sesi/adapters/cli/implementation/messages",
                "se/coompanion/sesi/application/implementation/messages",
                "se/coompanion/sesi/domain/implementation/messages")) {
            assertThat(load(bundle + "_sv.properties").stringPropertyNames()).as(bundle)
                    .isEqualTo(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void the_demo_draft_and_its_check_are_shown_in_the_language_asked_for() {
        SesiCli sesi = DemoRun.shared().cli(directory);
        // what the team wrote is shown as written: a phrase of the interface that the draft's own texts use (the
        // demo's second aim begins "Den sociala ekonomins organisationer") is not untranslated text
        StringBuilder written = new StringBuilder();
        for (String part : new String[] {"aims", "groups", "activities", "results", "partners", "risks",
            "principles"}) {
            written.append(sesi.ok("implementation", "show", part, "--format", "csv").out());
        }
        for (String[] command : new String[][] {{"implementation", "show"}, {"implementation", "check"}}) {
            String swedish = sesi.ok(command).out();
            String english = sesi.ok("--lang", "en", command[0], command[1]).out();

            assertThat(untranslated(swedish, "en", written)).as(String.join(" ", command)).isEmpty();
            assertThat(untranslated(english, "sv", written)).as(String.join(" ", command)).isEmpty();
        }
    }

    private static List<String> untranslated(String text, String from, CharSequence written) {
        return UntranslatedText.in(text, from, SHOWN).stream()
                .filter(found -> !written.toString().contains(found.substring(found.indexOf(": ") + 2))).toList();
    }
}
