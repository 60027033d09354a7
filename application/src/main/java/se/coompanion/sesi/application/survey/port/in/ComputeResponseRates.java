package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.DispositionCounts;

/** The AAPOR response rates of the population (domain.md): overall, and by county or legal form. */
public interface ComputeResponseRates {

    Result compute(Query query);

    /** How to group the units. */
    enum Grouping {
        /** One group: all. */
        NONE,
        /** By the county of the unit's municipality (each county of the region). */
        COUNTY,
        /** By legal form (the surveyed forms). */
        LEGAL_FORM
    }

    /** @param by the grouping */
    record Query(@NotNull Grouping by) {
    }

    /**
     * @param key    {@code all}, a county code (22) or a legal form (EKONOMISK_FORENING)
     * @param counts the dispositions of the group's units
     */
    record Group(String key, DispositionCounts counts) {

        public static final String ALL = "all";

        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * @param by     the grouping
     * @param groups {@code all} first, then each group of the grouping
     */
    record Result(Grouping by, List<Group> groups) {

        public Result {
            groups = List.copyOf(groups);
        }
    }
}
