package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.SalienceClass;

/**
 * One glossary (issue 18, point 6): the pre-study's terms have one word per language, in the domain's bundle
 * {@code glossary}, and the documents and the command line show that word. Proven on the demo: the final report, the
 * power/interest grid and {@code sesi stakeholder grid} head their columns with the glossary's words and name the
 * salience classes and candidacies with them; and no text of the program (no bundle, no template) says the same
 * thing with a word of its own, such as the grid's old "Inflytande" where the report said "Makt".
 */
class GlossaryTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");

    /** The stakeholder analysis' concepts, each a column of the report, the grid and the command line. */
    private static final List<String> CONCEPTS = List.of("power", "interest", "quadrant", "salience", "attitude",
            "candidacy");

    /**
     * Words the documents once used for a glossary term, per language of the file (whole words, any case): the grid's
     * "Inflytande" and "Attityd" and the report's "Kandidatur" (for makt, inställning and partnerroll), and English
     * "influence" for power.
     */
    private static final Map<String, Pattern> RIVALS = Map.of(
            "sv", Pattern.compile("(?<!\\p{L})(inflytande|attityd|attityder|kandidatur)(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            "en", Pattern.compile("(?<!\\p{L})(influence)(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    @TempDir
    Path directory;

    private static List<String> headings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher th = Pattern.compile("(?s)<th[^>]*>(.*?)</th>").matcher(html);
        while (th.find()) {
            headings.add(th.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return headings;
    }

    @Test
    void the_same_key_is_the_same_word_in_every_document_and_on_the_command_line() {
        DemoRun demo = DemoRun.shared();
        for (Locale locale : List.of(SV, EN)) {
            List<String> words = CONCEPTS.stream().map(c -> Glossary.word("column." + c, locale)).toList();
            // the internal edition: the public one leaves the salience classes and attitudes out
            Path reports = directory.resolve("rapport-" + locale.getLanguage());
            demo.cli(directory).ok("--lang", locale.getLanguage(), "report", "--out", reports.toString(),
                    "--edition", "internal");
            String report = ProgramTexts.read(reports.resolve("slutrapport-intern-" + locale.getLanguage()
                    + ".html"));
            String grid = ProgramTexts.read(demo.out().resolve(locale == SV ? "intressentanalys.html"
                    : "intressentanalys-en.html"));
            String cli = demo.cli(directory).ok("--lang", locale.getLanguage(), "stakeholder", "grid").out();

            assertThat(headings(report)).as("the report's stakeholder table").containsAll(words);
            assertThat(headings(grid)).as("the grid's table").containsAll(words);
            assertThat(cli.lines().findFirst().orElseThrow()).as("sesi stakeholder grid").contains(words);
            for (String document : List.of(report, grid, cli)) {
                assertThat(document).contains(Glossary.word("salience.DEFINITIVE", locale),
                        Glossary.word("candidacy." + Candidacy.CO_FINANCIER.name(), locale));
            }
        }
        assertThat(Glossary.word("column.power", SV)).isEqualTo("Makt");
        assertThat(Glossary.word("salience." + SalienceClass.DEFINITIVE.name(), EN)).isEqualTo("definitive");
    }

    @Test
    void no_text_of_the_program_has_its_own_word_for_a_glossary_term() {
        List<Path> texts = ProgramTexts.all();
        List<String> found = new ArrayList<>();
        texts.forEach(file -> found.addAll(rivalWords(file)));

        assertThat(texts).hasSizeGreaterThan(40);
        assertThat(found).as("words where the glossary has its own").isEmpty();
    }

    @Test
    void the_check_finds_a_rival_word_in_a_bundle() throws IOException {
        Path bundle = directory.resolve("messages_sv.properties");
        Files.writeString(bundle, "grid.heading=Makt och intresse\ngrid.old=Inflytande/intresse-matrisen\n",
                StandardCharsets.UTF_8);
        Path english = directory.resolve("messages.properties");
        Files.writeString(english, "a=Power and interest\nb=Influence and interest\n", StandardCharsets.UTF_8);

        assertThat(rivalWords(bundle)).singleElement().asString().endsWith(":2: Inflytande");
        assertThat(rivalWords(english)).singleElement().asString().endsWith(":2: Influence");
    }

    /** The rival words in a bundle or template, as "file:line: word"; its language is in its name (_sv, -sv). */
    private static List<String> rivalWords(Path file) {
        return ProgramTexts.find(file, RIVALS.get(ProgramTexts.language(file)));
    }
}
