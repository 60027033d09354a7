package se.coompanion.sesi.application.needs.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Every need recorded in every municipality, optionally only those of one theme or one priority: the needs side by
 * side, where {@link ShowNeedsAssessment} shows one municipality at a time.
 */
public interface ListNeeds {

    /** @return the needs in municipality code order, in each municipality high priority first, then as recorded */
    Result list(Query query);

    /**
     * @param theme    only the needs of this theme, when given
     * @param priority only the needs of this priority, when given
     */
    record Query(Optional<NeedTheme> theme, Optional<Priority> priority) {

        public Query {
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(priority, "priority");
        }

        /** Every need. */
        public static Query all() {
            return new Query(Optional.empty(), Optional.empty());
        }
    }

    /**
     * @param municipality  where the need was raised
     * @param status        the status of that municipality's assessment
     * @param outsideTarget true when a pre-study exists and the municipality is not in its region (the need does not
     *                      count towards the target)
     * @param need          the need
     */
    record Row(Municipality municipality, AssessmentStatus status, boolean outsideTarget, Need need) {

        public Row {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(need, "need");
        }
    }

    /** @param rows the needs, in the order of {@link #list} */
    record Result(List<Row> rows) {

        public Result {
            rows = List.copyOf(rows);
        }
    }
}
