package se.coompanion.sesi.domain.survey.entry;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A keyed form that passed every check: its canonical answers and how complete it is.
 *
 * @param answers            the answers
 * @param completeness       complete, partial or a break-off
 * @param shown              the variables of the questions shown for these answers, in order
 * @param missingRequired    the required questions that are shown and empty, in order
 */
public record CheckedForm(FormAnswers answers, Completeness completeness, ImmutableList<String> shown,
        ImmutableList<String> missingRequired) {

    public CheckedForm {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(completeness, "completeness");
        shown = ImmutableList.copyOf(shown);
        missingRequired = ImmutableList.copyOf(missingRequired);
    }

    /** How many shown questions are answered. */
    public int answered() {
        return (int) shown.stream().filter(answers::answered).count();
    }
}
