package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Plural forms go through one mechanism (issue 18, point 5): a count in a message is a {@code choice} pattern of
 * Java's {@link java.text.MessageFormat}, never "rad(er)", "bedömning(ar)" or "row(s)". Checked on every bundle of
 * the program, and the check proven on a bundle that has such a word.
 */
class PluralFormsTest {

    /** A word with its plural ending in parentheses: rad(er), varning(ar), avvikelse(r), row(s), fråga(or). */
    private static final Pattern PARENTHESISED_PLURAL = Pattern.compile("(\\p{L}+\\((?:s|es|er|ar|or|r|n|a)\\))");

    @TempDir
    Path directory;

    @Test
    void no_text_of_the_program_writes_a_plural_in_parentheses() {
        List<Path> texts = ProgramTexts.all();
        List<String> found = new ArrayList<>();
        texts.forEach(file -> found.addAll(ProgramTexts.find(file, PARENTHESISED_PLURAL)));

        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_finds_a_plural_in_parentheses() throws IOException {
        Path bundle = directory.resolve("messages_sv.properties");
        Files.writeString(bundle, "import.done=Importerade {0} av {1} rad(er)\nok=1 seminarium (SESI)\n",
                StandardCharsets.UTF_8);

        assertThat(ProgramTexts.find(bundle, PARENTHESISED_PLURAL)).singleElement().asString()
                .endsWith(":1: rad(er)");
    }

    @Test
    void a_count_reads_in_the_singular_and_the_plural_with_grouped_thousands() {
        Message one = new Message("se.coompanion.sesi.adapters.cli.messages", "import.done", List.of(1, 1, "a.csv"));
        Message many = new Message("se.coompanion.sesi.adapters.cli.messages", "import.done",
                List.of(1200, 1200, "a.csv"));

        assertThat(one.format(Locale.forLanguageTag("sv"))).isEqualTo("Importerade 1 av 1 rad från a.csv.");
        assertThat(many.format(Locale.forLanguageTag("sv")))
                .isEqualTo("Importerade 1\u00a0200 av 1\u00a0200 rader från a.csv.");
        assertThat(one.format(Locale.forLanguageTag("en"))).isEqualTo("Imported 1 of 1 row from a.csv.");
        assertThat(many.format(Locale.forLanguageTag("en"))).isEqualTo("Imported 1,200 of 1,200 rows from a.csv.");
    }
}
