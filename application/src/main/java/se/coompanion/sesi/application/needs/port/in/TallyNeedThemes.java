package se.coompanion.sesi.application.needs.port.in;

import java.util.List;
import se.coompanion.sesi.domain.needs.ThemeTally;

/**
 * The themes of the needs raised in the target set: for each, the number of municipalities that raised it, split
 * by priority, optionally by county too. Needs of municipalities outside the target set are not counted.
 */
public interface TallyNeedThemes {

    /** @throws se.coompanion.sesi.application.shared.NotFoundException without a pre-study */
    Result tally(Query query);

    /** @param byCounty true for one set of rows per county */
    record Query(boolean byCounty) {
    }

    /**
     * @param tallies       the themes, most municipalities first
     * @param outsideNeeds  needs recorded in municipalities outside the target set (not counted)
     */
    record Result(List<ThemeTally> tallies, int outsideNeeds) {

        public Result {
            tallies = List.copyOf(tallies);
        }
    }
}
