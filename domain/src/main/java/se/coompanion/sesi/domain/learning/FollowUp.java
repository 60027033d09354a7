package se.coompanion.sesi.domain.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * Kirkpatrick level 3, behaviour: a follow-up of a participant some months after the pilot run, planned with a day
 * in the window of 3 to 6 months after the run (both ends included), and recorded when done, with whether the
 * participant applies what was learnt.
 *
 * @param planned the day planned, in the window
 * @param done    the day it was done (after the run)
 * @param applied whether the participant applies it, when done
 * @param note    what was found, optional
 */
public record FollowUp(Optional<LocalDate> planned, Optional<LocalDate> done, Optional<Applied> applied,
        Optional<String> note) {

    public static final int WINDOW_FROM_MONTHS = 3;
    public static final int WINDOW_TO_MONTHS = 6;
    public static final int MAX_NOTE = 4000;
    public static final FollowUp NONE = new FollowUp(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public FollowUp {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(applied, "applied");
        note = TextField.optional(Message.of(FollowUp.class, "field.note"), note, MAX_NOTE);
        if (done.isEmpty() && (applied.isPresent() || note.isPresent())) {
            throw new DomainException(Message.of(FollowUp.class, "followUp.notDone"));
        }
    }

    /** The first day of the window: the run's day plus {@value #WINDOW_FROM_MONTHS} months. */
    public static LocalDate windowStart(LocalDate run) {
        return run.plusMonths(WINDOW_FROM_MONTHS);
    }

    /** The last day of the window: the run's day plus {@value #WINDOW_TO_MONTHS} months. */
    public static LocalDate windowEnd(LocalDate run) {
        return run.plusMonths(WINDOW_TO_MONTHS);
    }

    /** True when the day is in the window of a run on {@code run}. */
    public static boolean inWindow(LocalDate run, LocalDate day) {
        return !day.isBefore(windowStart(run)) && !day.isAfter(windowEnd(run));
    }

    /** A planned day checked against the window of the run. */
    public static LocalDate plannedFor(LocalDate run, LocalDate day) {
        if (!inWindow(run, day)) {
            throw new DomainException(Message.of(FollowUp.class, "followUp.window", day, run, windowStart(run),
                    windowEnd(run)));
        }
        return day;
    }

    /** A done day checked: after the run. (Outside the window it is kept, and said.) */
    public static LocalDate doneFor(LocalDate run, LocalDate day) {
        if (!day.isAfter(run)) {
            throw new DomainException(Message.of(FollowUp.class, "followUp.doneBeforeRun", day, run));
        }
        return day;
    }

    public FollowUp withPlanned(LocalDate day) {
        return new FollowUp(Optional.of(day), done, applied, note);
    }

    public FollowUp withDone(LocalDate day, Optional<Applied> result, Optional<String> what) {
        return new FollowUp(planned, Optional.of(day), result, what);
    }

    public boolean isDone() {
        return done.isPresent();
    }
}
