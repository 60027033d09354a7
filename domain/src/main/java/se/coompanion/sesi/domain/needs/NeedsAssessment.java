package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The needs assessment of one municipality (behovsanalys): its status with the whole history of changes, the
 * meetings and interviews held, and the needs raised. One per municipality.
 *
 * <p>The status moves forward through PLANNED, BOOKED, CONDUCTED, VALIDATED; a step forward may pass over a
 * status (an interview held without a recorded booking goes from PLANNED to CONDUCTED, and the history says BOOKED
 * was skipped). A step back is only a reopening, with its reason, and it stays in the history. Needs cannot be
 * added to a VALIDATED assessment (the municipality confirmed its summary): reopen it first. Meetings can always be
 * added (a follow-up meeting does not change what was confirmed).
 *
 * @param municipality the municipality assessed
 * @param history      every status change, the first being the planning
 * @param meetings     the meetings and interviews, in the order recorded
 * @param needs        the needs raised, in the order recorded
 */
public record NeedsAssessment(Municipality municipality, ImmutableList<StatusChange> history,
        ImmutableList<Meeting> meetings, ImmutableList<Need> needs) {

    public NeedsAssessment {
        Objects.requireNonNull(municipality, "municipality");
        history = ImmutableList.copyOf(history);
        meetings = ImmutableList.copyOf(meetings);
        needs = ImmutableList.copyOf(needs);
        if (history.isEmpty() || history.get(0).from().isPresent()) {
            throw new IllegalArgumentException("an assessment's history starts with its planning");
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange change = history.get(i);
            if (change.from().isEmpty() || change.from().get() != before.to() || change.date().isBefore(before.date())) {
                throw new IllegalArgumentException("the history of " + municipality + " is not a chain at " + i);
            }
        }
    }

    /** A new assessment, planned on the day given. */
    public static NeedsAssessment plan(Municipality municipality, LocalDate date) {
        return new NeedsAssessment(municipality, ImmutableList.of(StatusChange.planned(date)), ImmutableList.of(),
                ImmutableList.of());
    }

    public AssessmentStatus status() {
        return history.get(history.size() - 1).to();
    }

    /** The last change: the current status and since when. */
    public StatusChange latestChange() {
        return history.get(history.size() - 1);
    }

    /**
     * The change to a new status on a day, checked against the flow.
     *
     * @throws StatusFlowException when the status is the current one, or a step back is not a reopening
     * @throws DomainException     when a reopening goes forward or lacks its reason, or the day is before the
     *                             last change
     */
    public StatusChange change(AssessmentStatus to, LocalDate date, boolean reopen, Optional<String> reason) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        AssessmentStatus now = status();
        if (to == now) {
            throw new StatusFlowException(Message.of(NeedsAssessment.class, "assessment.already", municipality,
                    to.title()));
        }
        if (to.compareTo(now) < 0 && !reopen) {
            throw new StatusFlowException(Message.of(NeedsAssessment.class, "assessment.backNeedsReopen",
                    municipality, now.title(), to.title()));
        }
        LocalDate since = latestChange().date();
        if (date.isBefore(since)) {
            throw new DomainException(Message.of(NeedsAssessment.class, "assessment.dateBeforeLast", date,
                    municipality, now.title(), since));
        }
        return new StatusChange(Optional.of(now), to, date, reopen, reason);
    }

    /** The assessment after a change made by {@link #change}. */
    public NeedsAssessment with(StatusChange change) {
        return new NeedsAssessment(municipality, ImmutableList.<StatusChange>builder().addAll(history).add(change)
                .build(), meetings, needs);
    }

    public NeedsAssessment withMeeting(Meeting meeting) {
        return new NeedsAssessment(municipality, history, ImmutableList.<Meeting>builder().addAll(meetings)
                .add(meeting).build(), needs);
    }

    /**
     * The assessment with more needs.
     *
     * @throws StatusFlowException when it is validated
     * @throws DomainException     when a need is recorded already
     */
    public NeedsAssessment withNeeds(Collection<Need> added) {
        checkAcceptsNeeds();
        for (Need need : added) {
            recorded(need).ifPresent(same -> {
                throw new DomainException(Message.of(NeedsAssessment.class, "assessment.needRecorded", municipality,
                        need.theme().code()));
            });
        }
        return new NeedsAssessment(municipality, history, meetings, ImmutableList.<Need>builder().addAll(needs)
                .addAll(added).build());
    }

    /** @throws StatusFlowException when the assessment is validated: its needs are confirmed */
    public void checkAcceptsNeeds() {
        if (status() == AssessmentStatus.VALIDATED) {
            throw new StatusFlowException(Message.of(NeedsAssessment.class, "assessment.validatedNoNeeds",
                    municipality, municipality.code()));
        }
    }

    /** The need recorded already that is the same as this one (same theme and description). */
    public Optional<Need> recorded(Need need) {
        return needs.stream().filter(n -> n.identity().equals(need.identity())).findFirst();
    }
}
