package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.Size;

/**
 * Writes an activity's project logic: its outputs and its short- and long-term results, each with an indicator, a
 * baseline and a target. A result is named {@code A1/2} (the activity and the result's number). A measured baseline
 * ({@code survey:behov_upphandling=4+5}, {@code borich:public_procurement}, {@code need:THEME}) must resolve when
 * given; a stated one is a value with a note on where it comes from.
 */
public interface EditResults {

    Edited edit(Command command);

    /** A change of the results. */
    sealed interface Command {
    }

    /**
     * @param activity    the activity ({@code A1})
     * @param level       OUTPUT, SHORT_TERM or LONG_TERM (or prestation, kortsiktig, långsiktig)
     * @param description what is delivered or what changes
     * @param indicator   what is measured
     * @param baseline    how the indicator starts, from the evidence; or null
     * @param unit        PERCENT, COUNT or SCORE; needed with a stated baseline or none (a measured one sets it)
     * @param value       a stated baseline's value; or null
     * @param note        where a stated baseline comes from; or null
     * @param target      the target value; or null
     */
    record Add(@Size(max = 100) String activity, @Size(max = 100) String level,
            @Size(max = 10_000) String description, @Size(max = 10_000) String indicator,
            @Size(max = 1000) String baseline, @Size(max = 100) String unit, @Size(max = 100) String value,
            @Size(max = 10_000) String note, @Size(max = 100) String target) implements Command {
    }

    /**
     * Each field null keeps what is there.
     *
     * @param result        the result ({@code A1/2})
     * @param description   its new description
     * @param indicator     the indicator's new name
     * @param baseline      a new measured baseline
     * @param value         a new stated baseline's value (with {@code note})
     * @param note          where the stated baseline comes from
     * @param clearBaseline true to remove the baseline
     * @param target        a new target
     * @param clearTarget   true to remove the target
     */
    record Change(@Size(max = 100) String result, @Size(max = 10_000) String description,
            @Size(max = 10_000) String indicator, @Size(max = 1000) String baseline, @Size(max = 100) String value,
            @Size(max = 10_000) String note, boolean clearBaseline, @Size(max = 100) String target,
            boolean clearTarget) implements Command {
    }

    /** @param result the result to remove ({@code A1/2}) */
    record Remove(@Size(max = 100) String result) implements Command {
    }
}
