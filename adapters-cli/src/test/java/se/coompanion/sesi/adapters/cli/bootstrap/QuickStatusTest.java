package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * {@code sesi status} on an unchanged embedded database is answered from the summary the previous status left
 * (without opening the database), with exactly the text the database would give; any change, and any form of the
 * command that is not a plain status, takes the ordinary way.
 */
class QuickStatusTest {

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    private Path summary() {
        return directory.resolve("sesi.mv.db.summary");
    }

    @Test
    void a_second_status_is_answered_from_the_summary_with_the_same_text_in_every_language_and_format()
            throws IOException {
        sesi().ok("init");
        List<String[]> forms = List.of(new String[] {"status"}, new String[] {"status", "--lang", "en"},
                new String[] {"--lang=en", "status", "--format=csv"}, new String[] {"status", "--format", "CSV"},
                new String[] {"--db", directory.resolve("sesi").toString(), "status", "--lang", "EN"});
        for (String[] form : forms) {
            Files.deleteIfExists(summary());
            String computed = sesi().ok(form).out();
            // Marks the kept texts, so that an answer from the summary shows itself (and one computed does not).
            Files.write(summary(), marked(Files.readAllBytes(summary())));

            SesiCli.Result answered = sesi().ok(form);

            assertThat(answered.out()).as(String.join(" ", form)).isNotEqualTo(computed)
                    .isEqualTo(new String(marked(computed.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        }
        assertThat(sesi().env("SESI_LANG", "en").ok("status").out()).contains("Needs analysis");
    }

    @Test
    void a_change_to_the_database_is_in_the_next_status() {
        sesi().ok("init");
        String before = sesi().ok("status", "--format", "csv").out();
        assertThat(before).contains("STAKEHOLDER_ANALYSIS,,0,ACTORS,,NOT_STARTED");

        sesi().ok("actor", "add", "--name", "Föreningen Gemenskap", "--role", "SOCIAL_ENTERPRISE");
        String after = sesi().ok("status", "--format", "csv").out();

        assertThat(after).doesNotContain("STAKEHOLDER_ANALYSIS,,0,ACTORS,,NOT_STARTED");
        assertThat(after).contains("STAKEHOLDER_ANALYSIS,1,0,ACTORS,0.0,NOT_STARTED");
    }

    @Test
    void only_plain_status_forms_are_answered_from_the_summary() {
        sesi().ok("init");
        sesi().ok("status");
        assertThat(Files.exists(summary())).isTrue();
        Map<String, String> environment = Map.of("SESI_DB", directory.resolve("sesi").toString());

        assertThat(QuickStatus.answer(new String[] {"status"}, environment)).isPresent();
        for (String[] other : List.of(new String[] {}, new String[] {"status", "--help"},
                new String[] {"status", "--debug"}, new String[] {"status", "--format", "xml"},
                new String[] {"--format", "csv", "status"}, new String[] {"status", "extra"},
                new String[] {"status", "--lang", "de"}, new String[] {"status", "--lang", "en", "--lang", "sv"},
                new String[] {"status", "--db"}, new String[] {"status", "--db", ""},
                new String[] {"status", "--db", "jdbc:postgresql://localhost/sesi"},
                new String[] {"status", "--db", directory.resolve("other").toString()},
                new String[] {"@arguments.txt"}, new String[] {"actor", "list"}, new String[] {"help", "status"},
                new String[] {"--version"})) {
            assertThat(QuickStatus.answer(other, environment)).as(String.join(" ", other)).isEmpty();
        }
        assertThat(QuickStatus.answer(new String[] {"status"}, Map.of("SESI_DB", " "))).isEmpty();
    }

    @Test
    void mistakes_are_still_reported_when_a_summary_exists() {
        sesi().ok("init");
        sesi().ok("status");

        SesiCli.Result format = sesi().run("status", "--format", "xml");
        SesiCli.Result extra = sesi().run("status", "extra");

        assertThat(format.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(format.err()).contains("xml");
        assertThat(extra.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi().ok("status", "--help").out()).contains("sesi status");
    }

    @Test
    void the_switch_turns_the_shortcut_off() {
        sesi().ok("init");
        sesi().ok("status");
        String before = System.getProperty(QuickStatus.SWITCH);
        System.setProperty(QuickStatus.SWITCH, "off");
        try {
            assertThat(QuickStatus.answer(new String[] {"status"},
                    Map.of("SESI_DB", directory.resolve("sesi").toString()))).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(QuickStatus.SWITCH);
            } else {
                System.setProperty(QuickStatus.SWITCH, before);
            }
        }
    }

    /** The column "activity" in capitals, in both languages and both formats; the bytes are otherwise the same. */
    private static byte[] marked(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.replace("Aktivitet", "AKTIVITET").replace("Activity", "ACTIVITY").replace("activity,", "ACTIVITY,")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
