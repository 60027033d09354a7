package se.coompanion.sesi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, defect 12: a header is checked in bounded work. A header with very many wrong columns reports the first
 * {@value ColumnLayout#MAX_HEADER_PROBLEMS} and counts the rest; a column name longer than any column's name can be
 * is reported as it is, without the accent and space folding that names are matched with.
 */
class ColumnLayoutTest {

    private static final List<Column> COLUMNS = List.of(Column.required("organisationsnummer", "org_number"),
            Column.optional("namn", "name"));

    @Test
    void a_header_of_two_hundred_thousand_unknown_columns_reports_a_bounded_number_of_problems() {
        List<String> header = new ArrayList<>(List.of("organisationsnummer"));
        for (int i = 0; i < 200_000; i++) {
            header.add("c" + i);
        }

        InvalidInputException e = catchThrowableOfType(() -> ColumnLayout.resolve(
                TabularSource.of("wide.csv", header, List.of()), COLUMNS), InvalidInputException.class);

        assertThat(e.problems()).hasSize(ColumnLayout.MAX_HEADER_PROBLEMS + 1);
        assertThat(e.problems().get(ColumnLayout.MAX_HEADER_PROBLEMS).format(Locale.ENGLISH))
                .isEqualTo("wide.csv:1: ... and 199980 more problem(s) of the header, of the same kinds: is this the "
                        + "right file for this import?");
        assertThat(e.getMessage(Locale.ENGLISH).lines()).hasSize(ColumnLayout.MAX_HEADER_PROBLEMS + 1);
    }

    @Test
    void an_overlong_column_name_is_refused_as_it_is_without_being_folded() {
        // folded (spaces to _), this would name the column org_number
        String overlong = "org" + " ".repeat(1_000_000) + "number";

        InvalidInputException e = catchThrowableOfType(() -> ColumnLayout.resolve(
                TabularSource.of("long.csv", List.of(overlong), List.of()), COLUMNS), InvalidInputException.class);

        assertThat(e).isNotNull();
        assertThat(e.getMessage(Locale.ENGLISH)).contains("long.csv:1:").contains("1000009")
                .hasSizeLessThan(2_000);
    }
}
