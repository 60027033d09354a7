package se.coompanion.sesi.domain.survey.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.condition.ShowIf;

/**
 * A small questionnaire in the shape of the SESI one, for the data-entry tests:
 * <pre>
 * naring    SINGLE   1 Ja, 2 Nej                              required
 * anstallda INTEGER  0-500              shown if [naring] = '1'   required
 * omrade    MULTI    1 Arbetsintegrering, 2 Omsorg, 7 Annat    required
 * annat     TEXT                        shown if [omrade(7)] = '1'
 * behov     LIKERT_5 1-5 and 9 Vet ej                           required
 * omsattning DECIMAL 0-1000
 * ifylld    DATE     2024-01-01 to 2024-12-31
 * </pre>
 */
final class TestForms {

    static final Questionnaire QUESTIONNAIRE = Questionnaire.of(List.of(
            question("naring", QuestionType.SINGLE, "1, Ja | 2, Nej", true, "", "", ""),
            question("anstallda", QuestionType.INTEGER, "", true, "0", "500", "[naring] = '1'"),
            question("omrade", QuestionType.MULTI, "1, Arbetsintegrering | 2, Omsorg | 7, Annat", true, "", "", ""),
            question("annat", QuestionType.TEXT, "", false, "", "", "[omrade(7)] = '1'"),
            question("behov", QuestionType.LIKERT_5, "1, Inte alls | 2, Lite | 3, Delvis | 4, Till stor del | 5, Helt"
                    + " | 9, Vet ej", true, "", "", ""),
            question("omsattning", QuestionType.DECIMAL, "", false, "0", "1000", ""),
            question("ifylld", QuestionType.DATE, "", false, "2024-01-01", "2024-12-31", "")));

    private TestForms() {
    }

    static Question question(String variable, QuestionType type, String choices, boolean required, String min,
            String max, String showIf) {
        return new Question(variable, "", "Fråga " + variable, type, Choice.parseList(choices), required,
                min.isEmpty() ? Optional.empty() : Optional.of(min), max.isEmpty() ? Optional.empty() : Optional.of(max),
                ShowIf.parseOptional(showIf));
    }

    static Question question(String variable) {
        return QUESTIONNAIRE.question(variable).orElseThrow();
    }

    /** variable, value, variable, value, ... in order. */
    static Map<String, String> keyed(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
