package se.coompanion.sesi.application.survey.port.out;

import java.util.Objects;
import se.coompanion.sesi.domain.survey.results.Tally;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

/**
 * A tally of equal analysis rows of a question in a group of usable returns.
 *
 * @param variable the question
 * @param group    the group's key ({@link ResultGrouping})
 * @param tally    the rows and their count
 */
public record GroupTally(String variable, String group, Tally tally) {

    public GroupTally {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(tally, "tally");
    }
}
