package se.coompanion.sesi.application.survey.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.condition.ShowIf;

/** The contract of the {@link Questionnaires} out-port, for every implementation. */
public abstract class QuestionnairesContract extends PortContract {

    private static final Instant LOADED = Instant.parse("2024-02-20T10:15:30Z");

    private Questionnaires questionnaires() {
        return ports().questionnaires();
    }

    private static Question question(String variable, String section, QuestionType type, String choices,
            boolean required, String min, String max, String showIf) {
        return new Question(variable, section, "Fråga " + variable + ": \"citat\", komma; semikolon", type,
                Choice.parseList(choices), required, Optional.ofNullable(min), Optional.ofNullable(max),
                ShowIf.parseOptional(showIf));
    }

    /** Every type, choices with commas, bounds of each kind, conditions with and, or and parentheses. */
    static Questionnaire everyType() {
        return Questionnaire.of(List.of(
                question("q1", "Om föreningen", QuestionType.SINGLE, "1, Ja | 2, Nej, inte nu | 9, Vet ej", true,
                        null, null, null),
                question("q2", "Om föreningen", QuestionType.MULTI, "1, Ekonomi | 2, Juridik | 3, Marknad", false,
                        null, null, "[q1] = '1'"),
                question("q3", "Behov", QuestionType.LIKERT_5, "", true, null, null, null),
                question("q4", "Behov", QuestionType.INTEGER, "", false, "0", "500",
                        "([q2(1)] = '1' or [q2(3)] = '1') and [q3] >= '4'"),
                question("q5", "Behov", QuestionType.DECIMAL, "", false, "0.5", "99.75", null),
                question("q6", "", QuestionType.DATE, "", false, "2024-01-01", "2024-12-31", null),
                question("q7", "", QuestionType.TEXT, "", false, null, null, "[q6] > '2024-06-30' or [q1] <> ''")));
    }

    @Test
    void no_versions_at_first() {
        assertThat(tx(questionnaires()::latest)).isEmpty();
        assertThat(tx(questionnaires()::all)).isEmpty();
    }

    @Test
    void every_version_comes_back_exactly_as_loaded() {
        QuestionnaireVersion first = new QuestionnaireVersion(1, everyType(), "enkat.csv", LOADED);
        QuestionnaireVersion second = new QuestionnaireVersion(2, Questionnaire.of(everyType().questions().subList(0, 3)),
                "enkat-v2.csv", LOADED.plusSeconds(3600));
        ports().transactions().run(() -> questionnaires().add(first));
        ports().transactions().run(() -> questionnaires().add(second));

        assertThat(tx(questionnaires()::latest)).contains(second);
        assertThat(tx(() -> questionnaires().find(1))).contains(first);
        assertThat(tx(() -> questionnaires().find(3))).isEmpty();
        assertThat(tx(questionnaires()::all)).containsExactly(first, second);
    }
}
