package se.coompanion.sesi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.Message;

class ProblemTest {

    @Test
    void reads_file_line_column_problem_value() {
        Problem problem = new Problem("aktorer.csv", 7, "kommunkod", "9999", Message.literal("not a municipality"));

        assertThat(problem.format(Locale.ENGLISH)).isEqualTo("aktorer.csv:7: kommunkod: not a municipality (9999)");
    }

    @Test
    void a_huge_column_name_or_value_is_quoted_in_80_characters_on_one_line() {
        String huge = "x".repeat(10_000_000);
        Problem problem = new Problem("line.csv", 1, huge, "a\u0007b\n" + huge, Message.literal("unknown column"));

        String text = problem.format(Locale.ENGLISH);

        assertThat(text).hasSizeLessThan(250).doesNotContain("\n", "\u0007")
                .startsWith("line.csv:1: " + "x".repeat(77) + "...: unknown column (a?b?" + "x".repeat(73) + "...)");
    }
}
