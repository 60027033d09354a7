package se.coompanion.sesi.adapters.persistence.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.member;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.application.survey.port.out.FieldDifference;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.PassSummary;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.Resolution;

/** The contract of the {@link KeyedForms} out-port, for every database kind. */
abstract class KeyedFormsContract extends DatabaseContractTest {

    private static final Instant NOW = Instant.parse("2024-04-02T09:00:00Z");

    private KeyedForms forms() {
        return database.ports().keyedForms();
    }

    private <T> T tx(Supplier<T> work) {
        return database.ports().transactions().inTransaction(work);
    }

    private void run(Runnable work) {
        database.ports().transactions().run(work);
    }

    private static FormAnswers answers(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return FormAnswers.of(values);
    }

    private static KeyedPass pass(int unit, EntryPass pass, String keyedBy, FormAnswers answers) {
        return new KeyedPass(ResponseId.of(unit), pass, 1, answers, Completeness.COMPLETE, NOW, keyedBy,
                "inmatning-" + pass.number() + ".csv", unit + 1);
    }

    @BeforeEach
    void frameAndQuestionnaire() {
        run(() -> {
            database.ports().samplingFrames().addAll(IntStream.rangeClosed(1, 2500).mapToObj(i -> member(i, "2281"))
                    .toList());
            database.ports().questionnaires().add(new QuestionnaireVersion(1, QuestionnairesContract.everyType(),
                    "enkat.csv", NOW));
        });
    }

    @Test
    void double_entry_is_off_until_the_setting_is_saved() {
        assertThat(tx(forms()::settings)).isEqualTo(EntrySettings.DEFAULT);
        EntrySettings on = new EntrySettings(true, Optional.of("anna"), Optional.of(NOW));
        run(() -> forms().save(on));
        assertThat(tx(forms()::settings)).isEqualTo(on);
        EntrySettings off = new EntrySettings(false, Optional.of("bo"), Optional.of(NOW.plusSeconds(60)));
        run(() -> forms().save(off));
        assertThat(tx(forms()::settings)).isEqualTo(off);
    }

    @Test
    void passes_come_back_with_their_answers_and_a_pass_can_be_removed_to_be_keyed_again() {
        KeyedPass first = pass(1, EntryPass.FIRST, "anna", answers("q1", "1", "q2", "1|3", "q6", "Bygg, \"hantverk\""));
        KeyedPass second = pass(1, EntryPass.SECOND, "bo", answers("q1", "1"));
        KeyedPass other = new KeyedPass(ResponseId.of(2), EntryPass.FIRST, 1, answers("q1", "2"),
                Completeness.BREAK_OFF, NOW, "anna", "entry add", 0);
        run(() -> forms().add(List.of(second, other, first)));

        assertThat(tx(() -> forms().passes(List.of(ResponseId.of(1), ResponseId.of(2))))).containsExactly(first, second,
                other);
        assertThat(tx(forms()::summaries)).containsExactly(
                new PassSummary(ResponseId.of(1), EntryPass.FIRST, 1, Completeness.COMPLETE, NOW, "anna",
                        "inmatning-1.csv", 2),
                new PassSummary(ResponseId.of(1), EntryPass.SECOND, 1, Completeness.COMPLETE, NOW, "bo",
                        "inmatning-2.csv", 2),
                new PassSummary(ResponseId.of(2), EntryPass.FIRST, 1, Completeness.BREAK_OFF, NOW, "anna", "entry add",
                        0));

        run(() -> forms().remove(EntryPass.FIRST, List.of(ResponseId.of(1))));
        assertThat(tx(() -> forms().passes(List.of(ResponseId.of(1))))).containsExactly(second);
    }

    @Test
    void differences_are_the_fields_of_forms_keyed_twice_whose_values_differ() {
        run(() -> forms().add(List.of(
                pass(1, EntryPass.FIRST, "anna", answers("q1", "1", "q2", "1|3", "q3", "12")),
                pass(1, EntryPass.SECOND, "bo", answers("q1", "1", "q2", "1", "q4", "2024-03-20")),
                pass(2, EntryPass.FIRST, "anna", answers("q1", "2")),
                pass(3, EntryPass.FIRST, "anna", answers("q1", "2", "q6", "Bygg")),
                pass(3, EntryPass.SECOND, "bo", answers("q1", "2", "q6", "Bygg")))));

        // Form 1: q2 differs, q3 only in pass 1, q4 only in pass 2; q1 agrees. Form 2 has one pass; form 3 agrees.
        assertThat(tx(forms()::differences)).containsExactly(
                new FieldDifference(ResponseId.of(1), "q2", "1|3", "1"),
                new FieldDifference(ResponseId.of(1), "q3", "12", ""),
                new FieldDifference(ResponseId.of(1), "q4", "", "2024-03-20"));
    }

    @Test
    void resolutions_come_back_in_the_order_recorded() {
        Resolution first = new Resolution(ResponseId.of(1), "q2", "1", "cecilia", NOW);
        Resolution empty = new Resolution(ResponseId.of(1), "q3", "", "cecilia", NOW.plusSeconds(1));
        Resolution again = new Resolution(ResponseId.of(1), "q2", "1|3", "david", NOW.plusSeconds(2));
        Resolution other = new Resolution(ResponseId.of(4), "q1", "2", "david", NOW.plusSeconds(3));
        run(() -> List.of(first, empty, again, other).forEach(forms()::add));

        assertThat(tx(() -> forms().resolutions(List.of(ResponseId.of(1))))).containsExactly(first, empty, again);
        assertThat(tx(forms()::resolvedForms)).isEqualTo(Set.of(ResponseId.of(1), ResponseId.of(4)));
    }

    @Test
    void many_forms_are_written_and_read_in_chunks() {
        List<KeyedPass> passes = IntStream.rangeClosed(1, 2500)
                .mapToObj(i -> pass(i, EntryPass.FIRST, "anna", answers("q1", String.valueOf(1 + i % 2), "q3",
                        String.valueOf(i)))).toList();
        run(() -> forms().add(passes));

        List<ResponseId> ids = IntStream.rangeClosed(1, 2500).mapToObj(ResponseId::of).toList();
        assertThat(tx(() -> forms().passes(ids))).isEqualTo(passes);
        run(() -> forms().remove(EntryPass.FIRST, ids.subList(0, 1500)));
        assertThat(tx(forms()::summaries)).hasSize(1000);
    }
}
