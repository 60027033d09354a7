package se.coompanion.sesi.adapters.documents.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.survey.results.RScript;
import se.coompanion.sesi.adapters.documents.survey.results.SpssSyntax;

class SyntaxTextTest {

    @Test
    void an_spss_string_doubles_apostrophes_and_a_long_one_is_split_into_parts_that_read_back_as_the_text() {
        assertThat(SpssSyntax.string("Föreningens 'egen' fråga", "  ")).isEqualTo("'Föreningens ''egen'' fråga'");
        String long1 = "Föreningen behöver stöd i ekonomi, finansiering och ansökningar om bidrag – också ''dubbla''.";

        String written = SpssSyntax.string(long1, "    ");

        assertThat(written.lines()).hasSizeGreaterThan(1).allMatch(l -> l.length() <= 72);
        assertThat(SyntaxReading.spssStrings("VARIABLE LABELS x " + written + ".")).containsExactly(long1);
        assertThat(SyntaxReading.spssCommands("VARIABLE LABELS x " + written + ".\n")).hasSize(1);
    }

    @Test
    void an_spss_label_is_cut_at_a_character_to_the_bytes_spss_keeps() {
        String swedish = "å".repeat(200);

        String cut = SpssSyntax.cut(swedish, SpssSyntax.VARIABLE_LABEL_BYTES);

        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(256);
        assertThat(cut).isEqualTo("å".repeat(128));
        assertThat(SpssSyntax.cut("kort", 120)).isEqualTo("kort");
    }

    @Test
    void an_r_string_escapes_quotes_and_backslashes() {
        String text = "Säg \"ja\" \\ nej\nny rad";

        String written = RScript.string(text);

        assertThat(written).isEqualTo("\"Säg \\\"ja\\\" \\\\ nej\\nny rad\"");
        assertThat(SyntaxReading.rStrings("x <- " + written)).isEqualTo(List.of(text));
        assertThat(SyntaxReading.rStatements("x <- " + written + "\n")).hasSize(1);
    }
}
