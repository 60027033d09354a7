package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * One step in the history of a needs assessment: from which status to which, on what day, and for a step back
 * (a reopening) the reason. The first change of an assessment has no "from": it is the planning.
 *
 * @param from   the status before; empty for the first change
 * @param to     the status after
 * @param date   the day of the change
 * @param reopen true for a step back, which needs a reason
 * @param reason why the assessment was reopened (only for a reopening)
 */
public record StatusChange(Optional<AssessmentStatus> from, AssessmentStatus to, LocalDate date, boolean reopen,
        Optional<String> reason) {

    public static final int MAX_REASON = 2000;

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        reason = TextField.optional(Message.of(StatusChange.class, "change.reason"), reason, MAX_REASON);
        if (reopen) {
            if (from.isEmpty() || to.compareTo(from.get()) >= 0) {
                throw new DomainException(Message.of(StatusChange.class, "change.reopenGoesBack",
                        from.map(Enum::name).orElse(""), to));
            }
            if (reason.isEmpty()) {
                throw new DomainException(Message.of(StatusChange.class, "change.reopenNeedsReason"));
            }
        } else {
            if (from.isPresent() && to.compareTo(from.get()) <= 0) {
                throw new DomainException(Message.of(StatusChange.class, "change.forwardOnly", from.get(), to));
            }
            if (reason.isPresent()) {
                throw new DomainException(Message.of(StatusChange.class, "change.reasonOnlyForReopen"));
            }
        }
    }

    /** The first change: the assessment is planned. */
    public static StatusChange planned(LocalDate date) {
        return new StatusChange(Optional.empty(), AssessmentStatus.PLANNED, date, false, Optional.empty());
    }

    /** The steps a forward change passed over (BOOKED for PLANNED to CONDUCTED); empty for a reopening. */
    public ImmutableList<AssessmentStatus> skipped() {
        if (reopen || from.isEmpty()) {
            return ImmutableList.of();
        }
        return Arrays.stream(AssessmentStatus.values())
                .filter(s -> s.compareTo(from.get()) > 0 && s.compareTo(to) < 0)
                .collect(ImmutableList.toImmutableList());
    }
}
