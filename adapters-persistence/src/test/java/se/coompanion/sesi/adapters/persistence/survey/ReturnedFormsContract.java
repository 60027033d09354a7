package se.coompanion.sesi.adapters.persistence.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.member;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.unconfirmed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.application.survey.port.out.GroupTally;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.AnswerRow;
import se.coompanion.sesi.domain.survey.results.Tally;

/**
 * The contract of the {@link ReturnedForms} out-port, for every database kind. Three usable forms and a break-off:
 * <pre>
 *                          stod   omr (MULTI)  ant (number)  annat
 * 1  Sundsvall (22), EF    1      1|7          12            Bygg
 * 2  Sundsvall (22), EF    2      2            no answer     -
 * 3  Östersund (23), IF    empty  1|2          0.5           -
 * 4  Östersund (23), IF    break-off: no rows
 * </pre>
 */
abstract class ReturnedFormsContract extends DatabaseContractTest {

    private static final Instant NOW = Instant.parse("2024-04-02T09:00:00Z");
    private static final Municipality SUNDSVALL = Municipality.of("2281");
    private static final Municipality OSTERSUND = Municipality.of("2380");

    private ReturnedForms forms() {
        return database.ports().returnedForms();
    }

    private <T> T tx(Supplier<T> work) {
        return database.ports().transactions().inTransaction(work);
    }

    private static ReturnedForm usable(int unit, Municipality municipality, LegalForm form, AnswerRow... rows) {
        return new ReturnedForm(ResponseId.of(unit), FormState.USABLE, Completeness.COMPLETE, 1, municipality, form, 0,
                List.of(rows));
    }

    static final List<ReturnedForm> FORMS = List.of(
            usable(1, SUNDSVALL, LegalForm.EKONOMISK_FORENING, AnswerRow.code("stod", 0, "1"),
                    AnswerRow.code("omr", 0, "1"), AnswerRow.code("omr", 1, "7"),
                    AnswerRow.number("ant", new BigDecimal("12")), AnswerRow.text("annat", "Bygg")),
            usable(2, SUNDSVALL, LegalForm.EKONOMISK_FORENING, AnswerRow.code("stod", 0, "2"),
                    AnswerRow.code("omr", 0, "2"), AnswerRow.noAnswer("ant")),
            usable(3, OSTERSUND, LegalForm.IDEELL_FORENING, AnswerRow.noAnswer("stod"), AnswerRow.code("omr", 0, "1"),
                    AnswerRow.code("omr", 1, "2"), AnswerRow.number("ant", new BigDecimal("0.5"))),
            new ReturnedForm(ResponseId.of(4), FormState.BREAK_OFF, Completeness.BREAK_OFF, 1, OSTERSUND,
                    LegalForm.IDEELL_FORENING, 0, List.of()));

    @BeforeEach
    void frameAndForms() {
        database.ports().transactions().run(() -> {
            database.ports().samplingFrames().addAll(List.of(member(1, "2281"), member(2, "2281"),
                    unconfirmed(3, "2380"), unconfirmed(4, "2380")));
            database.ports().questionnaires().add(new QuestionnaireVersion(1, QuestionnairesContract.everyType(),
                    "enkat.csv", NOW));
            forms().save(FORMS);
        });
    }

    private List<String> tallies(ResultGrouping grouping, String variable) {
        return tx(() -> forms().tally(grouping, Optional.of(variable))).stream()
                .map(t -> t.group() + " " + (t.tally().answered() ? t.tally().code().or(() -> t.tally().number()
                        .map(BigDecimal::toPlainString)).or(() -> t.tally().text()).orElseThrow() : "no answer")
                        + " rows " + t.tally().rows() + " items " + t.tally().items())
                .sorted().toList();
    }

    @Test
    void forms_come_back_with_their_state_and_the_usable_ones_with_their_answers() {
        assertThat(tx(forms()::list)).extracting(f -> f.responseId().sequence(), ReturnedForm::state)
                .containsExactly(tuple(1, FormState.USABLE), tuple(2, FormState.USABLE), tuple(3, FormState.USABLE),
                        tuple(4, FormState.BREAK_OFF));
        assertThat(tx(forms()::states)).isEqualTo(Map.of(FormState.USABLE, 3L, FormState.BREAK_OFF, 1L));

        List<UsableReturn> usable = new ArrayList<>();
        database.ports().transactions().run(() -> forms().forEachUsable(usable::add));
        assertThat(usable).extracting(r -> r.responseId().sequence()).containsExactly(1, 2, 3);
        assertThat(usable.get(0).answers().values()).isEqualTo(Map.of("stod", "1", "omr", "1|7", "ant", "12",
                "annat", "Bygg"));
        assertThat(usable.get(2).answers().values()).isEqualTo(Map.of("omr", "1|2", "ant", "0.5"));
        assertThat(usable.get(2).municipality()).isEqualTo(OSTERSUND);
        assertThat(usable.get(2).legalForm()).isEqualTo(LegalForm.IDEELL_FORENING);
    }

    @Test
    void usable_returns_are_counted_by_group() {
        assertThat(tx(() -> forms().returns(ResultGrouping.NONE))).isEqualTo(Map.of("all", 3L));
        assertThat(tx(() -> forms().returns(ResultGrouping.COUNTY))).isEqualTo(Map.of("22", 2L, "23", 1L));
        assertThat(tx(() -> forms().returns(ResultGrouping.LEGAL_FORM))).isEqualTo(Map.of("EKONOMISK_FORENING", 2L,
                "IDEELL_FORENING", 1L));
        assertThat(tx(() -> forms().returns(ResultGrouping.byQuestion("stod")))).isEqualTo(Map.of("1", 1L, "2", 1L,
                "NO_ANSWER", 1L));
    }

    @Test
    void tallies_count_rows_and_first_rows_by_question_group_and_value() {
        // omr: option 1 ticked by forms 1 and 3 (first rows of both); 2 by form 2 (first) and 3 (second); 7 by 1.
        assertThat(tallies(ResultGrouping.NONE, "omr")).containsExactly("all 1 rows 2 items 2",
                "all 2 rows 2 items 1", "all 7 rows 1 items 0");
        assertThat(tallies(ResultGrouping.COUNTY, "omr")).containsExactly("22 1 rows 1 items 1",
                "22 2 rows 1 items 1", "22 7 rows 1 items 0", "23 1 rows 1 items 1", "23 2 rows 1 items 0");
        assertThat(tallies(ResultGrouping.byQuestion("stod"), "omr")).containsExactly("1 1 rows 1 items 1",
                "1 7 rows 1 items 0", "2 2 rows 1 items 1", "NO_ANSWER 1 rows 1 items 1", "NO_ANSWER 2 rows 1 items 0");
        assertThat(tallies(ResultGrouping.LEGAL_FORM, "ant")).containsExactly("EKONOMISK_FORENING 12 rows 1 items 1",
                "EKONOMISK_FORENING no answer rows 1 items 1", "IDEELL_FORENING 0.5 rows 1 items 1");
        assertThat(tallies(ResultGrouping.NONE, "annat")).containsExactly("all Bygg rows 1 items 1");

        List<GroupTally> all = tx(() -> forms().tally(ResultGrouping.NONE, Optional.empty()));
        assertThat(all).extracting(GroupTally::variable).containsOnly("stod", "omr", "ant", "annat");
        assertThat(all.stream().mapToLong(t -> t.tally().rows()).sum()).as("every row of the usable forms").isEqualTo(12);
        assertThat(all).filteredOn(t -> t.variable().equals("ant") && t.tally().answered())
                .extracting(t -> t.tally().number().orElseThrow())
                .containsExactlyInAnyOrder(new BigDecimal("12"), new BigDecimal("0.5"));
    }

    @Test
    void a_form_saved_again_replaces_what_was_stored_and_removed_forms_are_gone() {
        database.ports().transactions().run(() -> {
            forms().remove(List.of(ResponseId.of(1)));
            forms().save(List.of(new ReturnedForm(ResponseId.of(1), FormState.OPEN_DISAGREEMENTS, Completeness.COMPLETE,
                    1, SUNDSVALL, LegalForm.EKONOMISK_FORENING, 2, List.of())));
        });

        assertThat(tx(() -> forms().returns(ResultGrouping.NONE))).isEqualTo(Map.of("all", 2L));
        assertThat(tx(forms()::list).get(0).open()).isEqualTo(2);
        assertThat(tx(() -> forms().tally(ResultGrouping.NONE, Optional.of("annat")))).isEmpty();
    }

    @Test
    void many_forms_with_many_rows_are_saved_in_batches() {
        List<ReturnedForm> many = IntStream.rangeClosed(5, 1600).mapToObj(i -> usable(i, SUNDSVALL,
                LegalForm.EKONOMISK_FORENING, AnswerRow.code("stod", 0, String.valueOf(1 + i % 3)),
                AnswerRow.number("ant", BigDecimal.valueOf(i)))).toList();
        database.ports().transactions().run(() -> {
            database.ports().samplingFrames().addAll(IntStream.rangeClosed(5, 1600).mapToObj(i -> member(i, "2281"))
                    .toList());
            forms().save(many);
        });

        assertThat(tx(() -> forms().returns(ResultGrouping.NONE))).isEqualTo(Map.of("all", 1599L));
        assertThat(tx(() -> forms().tally(ResultGrouping.NONE, Optional.of("ant"))).stream()
                .mapToLong(t -> t.tally().rows()).sum()).as("forms 5-1600 and the 3 rows of forms 1-3")
                .isEqualTo(1596 + 3);
        Tally first = tx(() -> forms().tally(ResultGrouping.NONE, Optional.of("stod"))).stream()
                .filter(t -> t.tally().code().equals(Optional.of("3"))).findFirst().orElseThrow().tally();
        // Code 1 + i % 3 is 3 when i % 3 = 2: i = 5, 8, ..., 1598, (1598 - 5) / 3 + 1 = 532 forms (forms 1-3 have
        // no code 3).
        assertThat(first.rows()).isEqualTo(532);
    }
}
