package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.application.survey.EntryFixture.complete;
import static se.coompanion.sesi.application.survey.EntryFixture.id;
import static se.coompanion.sesi.application.testing.SurveyFiles.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.Base;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.survey.results.QuestionResults.ChoiceColumn;
import se.coompanion.sesi.domain.survey.results.QuestionResults.MultiColumn;
import se.coompanion.sesi.domain.survey.results.QuestionResults.NumberColumn;

/**
 * Results over five usable returns (S-0001 to S-0003 ekonomiska föreningar in county 22, S-0004 and S-0005 ideella
 * föreningar in county 23) and a break-off (S-0006), which is not analysed:
 * <pre>
 *        naring anstallda omrade annat behov omsattning stodstruktur
 * S-0001 1      12        1|7    Bygg  4     2.5        1
 * S-0002 2      -         2      -     9                2
 * S-0003 1      3         1|2    -     5
 * S-0004 1      0         2      -     2     0.5        1
 * S-0005 2      -                -     3     1          3          (partial: omrade empty)
 * </pre>
 * (- = not asked: the form skips the question.)
 */
class SurveyResultsServiceTest {

    private final EntryFixture survey = new EntryFixture();

    @BeforeEach
    void fiveReturnsAndABreakOff() {
        survey.importFile("inmatning.csv", EntryPass.FIRST, List.of(
                complete(1),
                form(id(2), "2", "", "2", "", "9", "", "2"),
                form(id(3), "1", "3", "1|2", "", "5", "", ""),
                form(id(4), "1", "0", "2", "", "2", "0,5", "1"),
                form(id(5), "2", "", "", "", "3", "1", "3"),
                form(id(6), "1", "", "", "", "", "", "")));
    }

    private ComputeSurveyResults.Result results(Optional<String> variable, ResultGrouping by) {
        return survey.sesi.survey().computeSurveyResults().compute(new ComputeSurveyResults.Query(variable, by));
    }

    private QuestionResults table(String variable, ResultGrouping by) {
        return results(Optional.of(variable), by).tables().get(0);
    }

    @Test
    void every_question_has_a_table_over_the_usable_returns_and_the_forms_held_back_are_counted() {
        ComputeSurveyResults.Result result = results(Optional.empty(), ResultGrouping.NONE);

        assertThat(result.tables()).extracting(t -> t.question().variable()).containsExactly("naring", "anstallda",
                "omrade", "annat", "behov", "omsattning", "stodstruktur");
        assertThat(result.groups()).containsExactly("all");
        assertThat(result.usable()).isEqualTo(5);
        assertThat(result.states()).containsEntry(FormState.USABLE, 5L).containsEntry(FormState.BREAK_OFF, 1L);
        assertThat(result.heldBack()).isEqualTo(1);
    }

    @Test
    void a_frequency_table_has_no_answer_outside_the_percent_base() {
        ChoiceColumn all = (ChoiceColumn) table("stodstruktur", ResultGrouping.NONE).columns().get(0);

        // 1: S-0001, S-0004; 2: S-0002; 3: S-0005; S-0003 left it empty. Valid 4: 2/4, 1/4, 1/4.
        assertThat(all.base()).isEqualTo(new Base(5, 0, 1, 4));
        assertThat(all.codes()).extracting(QuestionResults.CodeCount::count).containsExactly(2L, 1L, 1L);
        assertThat(all.codes()).extracting(c -> c.share().getAsDouble()).containsExactly(0.5, 0.25, 0.25);
    }

    @Test
    void a_question_the_form_skips_counts_its_returns_as_not_asked_and_numbers_have_their_summary() {
        NumberColumn anstallda = (NumberColumn) table("anstallda", ResultGrouping.NONE).columns().get(0);
        // Asked when naring = 1: S-0001 12, S-0003 3, S-0004 0; S-0002 and S-0005 not asked.
        // Mean (12 + 3 + 0) / 3 = 5, median 3, min 0, max 12.
        assertThat(anstallda.base()).isEqualTo(new Base(5, 2, 0, 3));
        QuestionResults.NumberSummary summary = anstallda.summary().orElseThrow();
        assertThat(summary.mean()).isEqualByComparingTo("5");
        assertThat(summary.median()).isEqualByComparingTo("3");
        assertThat(summary.min()).isEqualByComparingTo("0");
        assertThat(summary.max()).isEqualByComparingTo("12");

        NumberColumn omsattning = (NumberColumn) table("omsattning", ResultGrouping.NONE).columns().get(0);
        // 2.5, 0.5, 1; S-0002 and S-0003 left it empty. Mean 4 / 3 = 1.3333333333, median 1.
        assertThat(omsattning.base()).isEqualTo(new Base(5, 0, 2, 3));
        assertThat(omsattning.summary().orElseThrow().mean()).isEqualTo(new BigDecimal("1.3333333333"));
        assertThat(omsattning.summary().orElseThrow().median()).isEqualByComparingTo("1");
    }

    @Test
    void the_likert_mean_leaves_out_vet_ej_and_multi_answers_have_both_shares() {
        ChoiceColumn behov = (ChoiceColumn) table("behov", ResultGrouping.NONE).columns().get(0);
        // 4, 9 (Vet ej), 5, 2, 3: mean over 4, 5, 2, 3 = 14 / 4 = 3.5.
        assertThat(behov.mean()).hasValueSatisfying(m -> {
            assertThat(m.n()).isEqualTo(4);
            assertThat(m.value()).isEqualByComparingTo("3.5");
        });

        MultiColumn omrade = (MultiColumn) table("omrade", ResultGrouping.NONE).columns().get(0);
        // Respondents 4 (S-0005 left it empty); ticks 1: 2, 2: 3, 7: 1 = 6.
        assertThat(omrade.base()).isEqualTo(new Base(5, 0, 1, 4));
        assertThat(omrade.answers()).isEqualTo(6);
        assertThat(omrade.options()).extracting(o -> o.ofRespondents().getAsDouble()).containsExactly(0.5, 0.75, 0.25);
        assertThat(omrade.options()).extracting(o -> o.ofAnswers().getAsDouble())
                .containsExactly(2.0 / 6, 3.0 / 6, 1.0 / 6);
    }

    @Test
    void a_cross_tab_by_county_has_every_county_of_the_region_and_column_percents() {
        ComputeSurveyResults.Result result = results(Optional.of("stodstruktur"), ResultGrouping.COUNTY);

        assertThat(result.groups()).containsExactly("all", "22", "23");
        List<QuestionResults.Column> columns = result.tables().get(0).columns();
        assertThat(columns).extracting(QuestionResults.Column::group).containsExactly("all", "22", "23");
        // 22: S-0001 1, S-0002 2, S-0003 empty: valid 2, 1/2 and 1/2. 23: S-0004 1, S-0005 3: 1/2 and 1/2.
        ChoiceColumn county22 = (ChoiceColumn) columns.get(1);
        ChoiceColumn county23 = (ChoiceColumn) columns.get(2);
        assertThat(county22.base()).isEqualTo(new Base(3, 0, 1, 2));
        assertThat(county22.codes()).extracting(c -> c.share().getAsDouble()).containsExactly(0.5, 0.5, 0.0);
        assertThat(county23.codes()).extracting(c -> c.share().getAsDouble()).containsExactly(0.5, 0.0, 0.5);
        assertThat(((ChoiceColumn) columns.get(0)).base()).isEqualTo(new Base(5, 0, 1, 4));
    }

    @Test
    void a_cross_tab_by_legal_form_or_by_a_question_shows_every_category_and_no_answer() {
        assertThat(results(Optional.of("naring"), ResultGrouping.LEGAL_FORM).groups())
                .containsExactly("all", "EKONOMISK_FORENING", "IDEELL_FORENING");

        ComputeSurveyResults.Result byNaring = results(Optional.of("stodstruktur"),
                ResultGrouping.byQuestion("naring"));
        assertThat(byNaring.groups()).containsExactly("all", "1", "2", "NO_ANSWER");
        List<QuestionResults.Column> columns = byNaring.tables().get(0).columns();
        // naring 1: S-0001 1, S-0003 empty, S-0004 1: valid 2, all 1. naring 2: S-0002 2, S-0005 3. Nobody left it
        // empty: NO_ANSWER has N 0.
        assertThat(((ChoiceColumn) columns.get(1)).codes()).extracting(c -> c.share().getAsDouble())
                .containsExactly(1.0, 0.0, 0.0);
        assertThat(((ChoiceColumn) columns.get(2)).codes()).extracting(c -> c.share().getAsDouble())
                .containsExactly(0.0, 0.5, 0.5);
        assertThat(columns.get(3).base().returns()).isZero();
    }

    @Test
    void an_unknown_question_is_not_found_and_a_cross_tab_needs_categories() {
        assertThatThrownBy(() -> results(Optional.of("okand"), ResultGrouping.NONE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("There is no question okand");
        assertThatThrownBy(() -> results(Optional.empty(), ResultGrouping.byQuestion("omsattning")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cross-tabs are by a question with categories (SINGLE or LIKERT_5); omsattning "
                        + "is a DECIMAL question");
    }

    @Test
    void the_export_gives_the_variables_then_every_usable_return_with_its_settled_answers() {
        List<String> variables = new ArrayList<>();
        List<UsableReturn> rows = new ArrayList<>();

        long count = survey.sesi.survey().exportSurveyData().export(new ExportSurveyData.Sink() {
            @Override
            public void variables(List<Question> questions) {
                questions.forEach(q -> variables.add(q.variable()));
            }

            @Override
            public void accept(UsableReturn usableReturn) {
                rows.add(usableReturn);
            }
        });

        assertThat(count).isEqualTo(5);
        assertThat(variables).containsExactly("naring", "anstallda", "omrade", "annat", "behov", "omsattning",
                "stodstruktur");
        assertThat(rows).extracting(r -> r.responseId().toString()).containsExactly(id(1), id(2), id(3), id(4), id(5));
        assertThat(rows.get(0).answers().values()).isEqualTo(Map.of("naring", "1", "anstallda", "12", "omrade", "1|7",
                "annat", "Bygg", "behov", "4", "omsattning", "2.5", "stodstruktur", "1"));
        assertThat(rows.get(3).municipality().code()).isEqualTo("2380");
    }
}
