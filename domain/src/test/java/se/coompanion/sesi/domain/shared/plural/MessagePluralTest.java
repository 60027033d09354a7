package se.coompanion.sesi.domain.shared.plural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.Message;

/** A message chooses its plural by the number, shows other numbers as written, and keeps its apostrophes. */
class MessagePluralTest {

    private static String text(Locale locale, Object... args) {
        return Message.of(MessagePluralTest.class, "needs", args).format(locale);
    }

    @Test
    void a_choice_picks_the_form_for_the_number_in_each_language() {
        assertThat(text(Locale.ENGLISH, 0, 2024)).isEqualTo("no needs in 2024");
        assertThat(text(Locale.ENGLISH, 1, 2024)).isEqualTo("one need in 2024");
        assertThat(text(Locale.ENGLISH, 3L, 2024)).isEqualTo("3 needs in 2024");
        assertThat(text(Locale.forLanguageTag("sv"), 1, 2024)).isEqualTo("ett behov år 2024");
        assertThat(text(Locale.forLanguageTag("sv"), 7, 2024)).isEqualTo("7 behov år 2024");
    }

    @Test
    void an_apostrophe_is_kept_in_a_text_without_arguments_and_in_a_pattern_that_doubles_it() {
        assertThat(Message.of(MessagePluralTest.class, "title").format(Locale.ENGLISH))
                .isEqualTo("Women's entrepreneurship");
        assertThat(Message.of(MessagePluralTest.class, "doubled").format(Locale.ENGLISH))
                .isEqualTo("The pre-study's records");
        assertThat(Message.of(MessagePluralTest.class, "withArgs", 12).format(Locale.ENGLISH))
                .isEqualTo("The pre-study's 12 records");
    }
}
