package se.coompanion.sesi.domain.survey.results;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Question;

/**
 * How results group the usable returns: not at all (the group {@code all}), by the county of the unit (its code,
 * {@code 22}), by legal form ({@code EKONOMISK_FORENING}) or by the answer to another question (its code, and
 * {@code NO_ANSWER} for returns without an answer to it).
 *
 * @param kind     the grouping
 * @param variable the question grouped by, for {@link Kind#VARIABLE}
 */
public record ResultGrouping(Kind kind, Optional<String> variable) {

    /** The group of every return. */
    public static final String ALL = "all";
    /** The group, in a grouping by a question, of the returns that did not answer it (or were not asked it). */
    public static final String NO_ANSWER = "NO_ANSWER";

    public static final ResultGrouping NONE = new ResultGrouping(Kind.NONE, Optional.empty());
    public static final ResultGrouping COUNTY = new ResultGrouping(Kind.COUNTY, Optional.empty());
    public static final ResultGrouping LEGAL_FORM = new ResultGrouping(Kind.LEGAL_FORM, Optional.empty());

    public ResultGrouping {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variable, "variable");
        if (variable.isPresent() != (kind == Kind.VARIABLE)) {
            throw new IllegalArgumentException("a variable exactly for a grouping by a question");
        }
    }

    public static ResultGrouping byQuestion(String variable) {
        return new ResultGrouping(Kind.VARIABLE, Optional.of(Question.checkVariable(variable)));
    }

    public enum Kind {
        NONE, COUNTY, LEGAL_FORM, VARIABLE
    }
}
