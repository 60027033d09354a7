package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.RecordingHints;

/** The command line gives the documents a hint on every topic, in both languages, naming its commands. */
class CommandHintsTest {

    @Test
    void every_topic_has_a_sentence_naming_a_command_in_swedish_and_english() {
        for (RecordingHints.Topic topic : RecordingHints.Topic.values()) {
            for (Locale locale : new Locale[] {Language.SV.locale(), Language.EN.locale()}) {
                assertThat(CommandHints.SESI.hint(topic, locale)).as(topic + " " + locale).hasValueSatisfying(
                        hint -> assertThat(hint).contains("\"sesi ").endsWith(".").doesNotStartWith("hint."));
            }
        }
        assertThat(CommandHints.SESI.hint(RecordingHints.Topic.SURVEY, Language.SV.locale())).contains(
                "Ladda enkäten och urvalsramen med \"sesi survey questionnaire load\" och \"sesi survey frame import\".");
    }
}
