package se.coompanion.sesi.domain.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.domain.survey.results.QuestionResultsTest.question;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;

class VariableCatalogueTest {

    @Test
    void the_latest_version_leads_and_older_variables_and_codes_follow() {
        Questionnaire v1 = Questionnaire.of(List.of(question("q1", QuestionType.SINGLE, "1, Ja | 2, Nej | 3, Kanske"),
                question("gammal", QuestionType.TEXT, ""), question("q2", QuestionType.INTEGER, "")));
        Questionnaire v2 = Questionnaire.of(List.of(question("q2", QuestionType.INTEGER, ""),
                question("q1", QuestionType.SINGLE, "1, Ja | 2, Nej | 9, Vet ej"), question("ny", QuestionType.TEXT, "")));

        var catalogue = VariableCatalogue.of(List.of(v1, v2));

        assertThat(catalogue).extracting(q -> q.variable()).containsExactly("q2", "q1", "ny", "gammal");
        assertThat(VariableCatalogue.find(catalogue, "q1").orElseThrow().choices()).containsExactly(
                new Choice("1", "Ja"), new Choice("2", "Nej"), new Choice("9", "Vet ej"), new Choice("3", "Kanske"));
        assertThat(VariableCatalogue.of(List.of(v2))).isEqualTo(v2.questions());
    }
}
