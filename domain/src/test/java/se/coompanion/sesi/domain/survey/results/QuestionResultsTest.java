package se.coompanion.sesi.domain.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.condition.ShowIf;
import se.coompanion.sesi.domain.survey.results.QuestionResults.ChoiceColumn;
import se.coompanion.sesi.domain.survey.results.QuestionResults.Group;
import se.coompanion.sesi.domain.survey.results.QuestionResults.MultiColumn;
import se.coompanion.sesi.domain.survey.results.QuestionResults.NumberColumn;

class QuestionResultsTest {

    static Question question(String variable, QuestionType type, String choices) {
        return new Question(variable, "", "Fråga " + variable, type, Choice.parseList(choices), false,
                Optional.empty(), Optional.empty(), ShowIf.parseOptional(""));
    }

    private static final Question STRUKTUR = question("stodstruktur", QuestionType.SINGLE,
            "1, Ja, säkert | 2, Ja, kanske | 3, Nej | 9, Vet ej");
    private static final Question BEHOV = question("behov", QuestionType.LIKERT_5,
            "1, Inte alls | 2, Lite | 3, Delvis | 4, Stor del | 5, Helt | 9, Vet ej");
    private static final Question OMRADE = question("omrade", QuestionType.MULTI, "1, Arbete | 2, Omsorg | 7, Annat");
    private static final Question ANSTALLDA = question("anstallda", QuestionType.INTEGER, "");

    private static <T> T only(QuestionResults results, Class<T> type) {
        assertThat(results.columns()).hasSize(1);
        return type.cast(results.columns().get(0));
    }

    @Test
    void a_frequency_table_gives_every_code_its_share_of_the_valid_answers_and_keeps_no_answer_outside_the_base() {
        // N = 12: codes 1: 3, 2: 4, 3: 2, 9: 1 (valid 10), no answer 2, not asked 12 - 10 - 2 = 0.
        QuestionResults results = QuestionResults.of(STRUKTUR, List.of(new Group("all", 12, List.of(
                Tally.code("1", 3, 3), Tally.code("2", 4, 4), Tally.code("3", 2, 2), Tally.code("9", 1, 1),
                Tally.noAnswer(2)))));

        ChoiceColumn column = only(results, ChoiceColumn.class);
        assertThat(column.base()).isEqualTo(new Base(12, 0, 2, 10));
        // 3/10 = 0.3, 4/10 = 0.4, 2/10 = 0.2, 1/10 = 0.1 ("Vet ej" is a valid answer in the distribution).
        assertThat(column.codes()).extracting(c -> c.choice().code(), QuestionResults.CodeCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 3L), org.assertj.core.groups.Tuple.tuple("2", 4L),
                        org.assertj.core.groups.Tuple.tuple("3", 2L), org.assertj.core.groups.Tuple.tuple("9", 1L));
        assertThat(column.codes()).extracting(c -> c.share().getAsDouble()).containsExactly(0.3, 0.4, 0.2, 0.1);
        assertThat(column.mean()).isEmpty();
    }

    @Test
    void a_likert_mean_counts_the_scale_points_only() {
        // Codes 1: 1, 2: 2, 3: 3, 4: 4, 5: 2, 9 (Vet ej): 3; valid 15; N 17, no answer 1, not asked 1.
        // Mean over 1-5: n = 1+2+3+4+2 = 12, sum = 1*1 + 2*2 + 3*3 + 4*4 + 5*2 = 40, 40/12 = 3.3333333333.
        QuestionResults results = QuestionResults.of(BEHOV, List.of(new Group("all", 17, List.of(
                Tally.code("1", 1, 1), Tally.code("2", 2, 2), Tally.code("3", 3, 3), Tally.code("4", 4, 4),
                Tally.code("5", 2, 2), Tally.code("9", 3, 3), Tally.noAnswer(1)))));

        ChoiceColumn column = only(results, ChoiceColumn.class);
        assertThat(column.base()).isEqualTo(new Base(17, 1, 1, 15));
        assertThat(column.mean()).contains(new QuestionResults.Mean(12, new BigDecimal("3.3333333333")));
        // 4 of 15 answered 4: 0.2667 once rounded.
        assertThat(column.codes().get(3).share().getAsDouble()).isCloseTo(0.26667, within(0.00001));
    }

    @Test
    void a_multiple_response_table_gives_shares_of_respondents_and_of_ticks() {
        // N = 10; 8 respondents ticked at least one option (the rows numbered 0: 5 + 3 + 0), 1 left it empty, 1
        // was not asked. Ticks: 1: 5, 2: 6, 7: 1 = 12.
        QuestionResults results = QuestionResults.of(OMRADE, List.of(new Group("all", 10, List.of(
                Tally.code("1", 5, 5), Tally.code("2", 6, 3), Tally.code("7", 1, 0), Tally.noAnswer(1)))));

        MultiColumn column = only(results, MultiColumn.class);
        assertThat(column.base()).isEqualTo(new Base(10, 1, 1, 8));
        assertThat(column.answers()).isEqualTo(12);
        // of respondents: 5/8 = 0.625, 6/8 = 0.75, 1/8 = 0.125 (add up to 1.5); of ticks: 5/12, 6/12, 1/12.
        assertThat(column.options()).extracting(o -> o.ofRespondents().getAsDouble()).containsExactly(0.625, 0.75, 0.125);
        assertThat(column.options()).extracting(o -> o.ofAnswers().getAsDouble())
                .containsExactly(5.0 / 12, 0.5, 1.0 / 12);
    }

    @Test
    void numbers_give_n_mean_median_min_and_max() {
        // 0, 0, 3, 5, 12, 40: n 6, sum 60, mean 10, median (3 + 5) / 2 = 4, min 0, max 40.
        QuestionResults even = QuestionResults.of(ANSTALLDA, List.of(new Group("all", 8, List.of(
                Tally.number(new BigDecimal("0"), 2), Tally.number(new BigDecimal("3"), 1),
                Tally.number(new BigDecimal("12.0000000000"), 1), Tally.number(new BigDecimal("5"), 1),
                Tally.number(new BigDecimal("40"), 1), Tally.noAnswer(1)))));
        QuestionResults.NumberSummary summary = only(even, NumberColumn.class).summary().orElseThrow();
        assertThat(only(even, NumberColumn.class).base()).isEqualTo(new Base(8, 1, 1, 6));
        assertThat(summary.n()).isEqualTo(6);
        assertThat(summary.mean()).isEqualByComparingTo("10");
        assertThat(summary.median()).isEqualByComparingTo("4");
        assertThat(summary.min()).isEqualByComparingTo("0");
        assertThat(summary.max()).isEqualByComparingTo("40");

        // With 7 as well: 0, 0, 3, 5, 7, 12, 40: median the 4th value 5; mean 67 / 7 = 9.5714285714.
        QuestionResults odd = QuestionResults.of(ANSTALLDA, List.of(new Group("all", 7, List.of(
                Tally.number(new BigDecimal("0"), 2), Tally.number(new BigDecimal("3"), 1),
                Tally.number(new BigDecimal("5"), 1), Tally.number(new BigDecimal("7"), 1),
                Tally.number(new BigDecimal("12"), 1), Tally.number(new BigDecimal("40"), 1)))));
        assertThat(only(odd, NumberColumn.class).summary().orElseThrow().median()).isEqualByComparingTo("5");
        assertThat(only(odd, NumberColumn.class).summary().orElseThrow().mean()).isEqualTo(new BigDecimal("9.5714285714"));
        // A half in the middle of two values: 1 and 2 give 1.5.
        assertThat(only(QuestionResults.of(ANSTALLDA, List.of(new Group("all", 2, List.of(
                Tally.number(BigDecimal.ONE, 1), Tally.number(new BigDecimal("2"), 1))))), NumberColumn.class)
                .summary().orElseThrow().median()).isEqualByComparingTo("1.5");
    }

    @Test
    void a_question_nobody_answered_has_its_n_and_no_figures() {
        QuestionResults results = QuestionResults.of(ANSTALLDA, List.of(new Group("all", 3, List.of(Tally.noAnswer(1)))));

        NumberColumn column = only(results, NumberColumn.class);
        assertThat(column.base()).isEqualTo(new Base(3, 2, 1, 0));
        assertThat(column.summary()).isEmpty();
        ChoiceColumn empty = only(QuestionResults.of(STRUKTUR, List.of(new Group("all", 0, List.of()))),
                ChoiceColumn.class);
        assertThat(empty.codes()).allMatch(c -> c.count() == 0 && c.share().isEmpty());
    }

    @Test
    void dates_give_the_earliest_and_latest_and_texts_are_listed_most_frequent_first() {
        QuestionResults dates = QuestionResults.of(question("ifylld", QuestionType.DATE, ""), List.of(new Group("all",
                4, List.of(Tally.text("2024-03-20", 2), Tally.text("2024-04-02", 1), Tally.text("2024-03-14", 1)))));
        QuestionResults.DateColumn dateColumn = only(dates, QuestionResults.DateColumn.class);
        assertThat(dateColumn.earliest()).contains(LocalDate.of(2024, 3, 14));
        assertThat(dateColumn.latest()).contains(LocalDate.of(2024, 4, 2));

        QuestionResults texts = QuestionResults.of(question("annat", QuestionType.TEXT, ""), List.of(new Group("all",
                5, List.of(Tally.text("Musik", 1), Tally.text("bygg", 1), Tally.text("Bygg", 2), Tally.noAnswer(1)))));
        assertThat(only(texts, QuestionResults.TextColumn.class).answers()).containsExactly(
                new QuestionResults.TextCount("Bygg", 2), new QuestionResults.TextCount("bygg", 1),
                new QuestionResults.TextCount("Musik", 1));
    }

    @Test
    void a_cross_tab_has_column_percents_per_group_and_all_is_every_group_together() {
        // County 22: N 5, codes 1: 1, 2: 3, no answer 1 (valid 4). County 23: N 4, codes 1: 3, 3: 1 (valid 4).
        Group county22 = new Group("22", 5, List.of(Tally.code("1", 1, 1), Tally.code("2", 3, 3), Tally.noAnswer(1)));
        Group county23 = new Group("23", 4, List.of(Tally.code("1", 3, 3), Tally.code("3", 1, 1)));

        QuestionResults results = QuestionResults.of(STRUKTUR, List.of(Group.merged("all", List.of(county22,
                county23)), county22, county23));

        assertThat(results.columns()).extracting(QuestionResults.Column::group).containsExactly("all", "22", "23");
        ChoiceColumn all = (ChoiceColumn) results.columns().get(0);
        // all: N 9, valid 8; code 1: 4/8 = 0.5, 2: 3/8 = 0.375, 3: 1/8 = 0.125.
        assertThat(all.base()).isEqualTo(new Base(9, 0, 1, 8));
        assertThat(all.codes()).extracting(c -> c.share().getAsDouble()).containsExactly(0.5, 0.375, 0.125, 0.0);
        // column percents: in 22, code 1 is 1/4 = 0.25; in 23, 3/4 = 0.75.
        assertThat(((ChoiceColumn) results.columns().get(1)).codes().get(0).share().getAsDouble()).isEqualTo(0.25);
        assertThat(((ChoiceColumn) results.columns().get(2)).codes().get(0).share().getAsDouble()).isEqualTo(0.75);
    }

    @Test
    void a_code_the_question_no_longer_lists_still_has_its_row_and_counts_that_do_not_add_up_are_refused() {
        QuestionResults results = QuestionResults.of(STRUKTUR, List.of(new Group("all", 1, List.of(
                Tally.code("4", 1, 1)))));
        assertThat(only(results, ChoiceColumn.class).codes()).extracting(c -> c.choice().code())
                .containsExactly("1", "2", "3", "9", "4");

        assertThatThrownBy(() -> QuestionResults.of(STRUKTUR, List.of(new Group("all", 1, List.of(
                Tally.code("1", 2, 2)))))).isInstanceOf(IllegalArgumentException.class);
    }
}
