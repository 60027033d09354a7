package se.coompanion.sesi.domain.survey.results;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;

/**
 * The variables the results and the export show when returns were keyed against several versions of the
 * questionnaire: the questions of the latest version in its order, then any variable only earlier versions have.
 * Each variable is described by the newest version that has it (label, section, range, condition); its choices are
 * that version's, followed by any code only an earlier version has, so that every keyed code has a row and a label.
 * A variable keeps its type across versions (loading a version that changes a type is refused).
 */
public final class VariableCatalogue {

    private VariableCatalogue() {
    }

    /** @param versions the questionnaire's versions, oldest first (at least one) */
    public static ImmutableList<Question> of(List<Questionnaire> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version");
        }
        Map<String, Question> merged = new LinkedHashMap<>();
        for (int v = versions.size() - 1; v >= 0; v--) {
            for (Question question : versions.get(v).questions()) {
                Question newer = merged.get(question.variable());
                merged.put(question.variable(), newer == null ? question : withOlderChoices(newer, question));
            }
        }
        return ImmutableList.copyOf(merged.values());
    }

    /** The question of the catalogue with the variable. */
    public static Optional<Question> find(List<Question> catalogue, String variable) {
        return catalogue.stream().filter(q -> q.variable().equals(variable)).findFirst();
    }

    private static Question withOlderChoices(Question newer, Question older) {
        if (newer.type() != older.type() || !newer.type().hasChoices()) {
            return newer;
        }
        List<Choice> choices = new ArrayList<>(newer.choices());
        for (Choice choice : older.choices()) {
            if (newer.choice(choice.code()).isEmpty() && choices.size() < Question.MAX_CHOICES) {
                choices.add(choice);
            }
        }
        if (choices.size() == newer.choices().size()) {
            return newer;
        }
        return new Question(newer.variable(), newer.section(), newer.label(), newer.type(),
                ImmutableList.copyOf(choices), newer.required(), newer.min(), newer.max(), newer.showIf());
    }
}
