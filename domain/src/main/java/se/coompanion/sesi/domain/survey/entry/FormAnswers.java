package se.coompanion.sesi.domain.survey.entry;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.condition.Answers;

/**
 * The answers of one form in their canonical text ({@link AnswerFormat}): a variable that is not in the map is not
 * answered. A MULTI answer is its ticked codes joined with {@code |} in the order of the choices ({@code 1|3}).
 * Two forms with the same answers are equal, whatever the order they were given in.
 *
 * @param values the answered variables and their canonical answers (never blank)
 */
public record FormAnswers(ImmutableMap<String, String> values) implements Answers {

    public static final FormAnswers NONE = new FormAnswers(ImmutableMap.of());

    public FormAnswers {
        Objects.requireNonNull(values, "values");
        values.forEach((variable, value) -> {
            if (value.isBlank() || !value.equals(value.strip())) {
                throw new IllegalArgumentException("an answer is canonical text, never blank: " + variable);
            }
        });
    }

    /** The answers of the map, leaving out blank values (not answered). */
    public static FormAnswers of(Map<String, String> values) {
        Map<String, String> answered = new LinkedHashMap<>();
        values.forEach((variable, value) -> {
            if (value != null && !value.isBlank()) {
                answered.put(variable, value.strip());
            }
        });
        return new FormAnswers(ImmutableMap.copyOf(answered));
    }

    @Override
    public String value(String variable) {
        return values.getOrDefault(variable, "");
    }

    @Override
    public boolean ticked(String variable, String code) {
        return Splitter.on('|').splitToStream(value(variable)).anyMatch(code::equals);
    }

    public boolean answered(String variable) {
        return values.containsKey(variable);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The same answers with {@code variable} answered {@code value}, or unanswered when the value is blank. */
    public FormAnswers with(String variable, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value == null || value.isBlank()) {
            changed.remove(variable);
        } else {
            changed.put(variable, value.strip());
        }
        return new FormAnswers(ImmutableMap.copyOf(changed));
    }
}
