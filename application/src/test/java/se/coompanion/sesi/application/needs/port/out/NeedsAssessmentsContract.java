package se.coompanion.sesi.application.needs.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

/** The contract of the {@link NeedsAssessments} out-port, for every implementation. */
public abstract class NeedsAssessmentsContract extends PortContract {

    static final Municipality SUNDSVALL = Municipality.of("2281");
    static final Municipality ARE = Municipality.of("2321");
    static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 1);

    static final Meeting MEETING = Meeting.of(LocalDate.of(2024, 3, 12), MeetingFormat.ON_SITE,
            List.of("Näringslivschef", "Socialchef", "Arbetsmarknadsenhetens chef"), new GenderCounts(2, 1, 1, 0),
            Optional.of("Intervju i stadshuset"));
    static final Meeting CALL = Meeting.of(LocalDate.of(2024, 3, 20), MeetingFormat.PHONE, List.of(),
            new GenderCounts(0, 0, 0, 1), Optional.empty());
    static final Need WORK = new Need(NeedTheme.of(Theme.WORK_INTEGRATION), Priority.HIGH,
            ImmutableSortedSet.of(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.FOREIGN_BORN),
            "Fler platser i arbetsträning", Optional.of("Jobbcentrum"), Optional.of("Intervju 2024-03-12"));
    static final Need HOUSING = new Need(NeedTheme.other("Bostäder för unga"), Priority.LOW, ImmutableSortedSet.of(),
            "Boende nära arbetsträningen", Optional.empty(), Optional.empty());

    private NeedsAssessments assessments() {
        return ports().needsAssessments();
    }

    private void run(Runnable work) {
        ports().transactions().run(work);
    }

    @Test
    void an_assessment_comes_back_with_its_history_meetings_and_needs_in_order() {
        NeedsAssessment planned = NeedsAssessment.plan(SUNDSVALL, FEBRUARY);
        NeedsAssessment conducted = planned.with(planned.change(AssessmentStatus.CONDUCTED, LocalDate.of(2024, 3, 12),
                false, Optional.empty())).withMeeting(MEETING).withMeeting(CALL).withNeeds(List.of(WORK, HOUSING));

        run(() -> assessments().add(conducted));

        assertThat(tx(() -> assessments().find(SUNDSVALL))).contains(conducted);
        NeedsAssessment back = tx(() -> assessments().find(SUNDSVALL)).orElseThrow();
        assertThat(back.meetings().get(0).roles()).containsExactly("Näringslivschef", "Socialchef",
                "Arbetsmarknadsenhetens chef");
        assertThat(back.needs().get(1).theme().label()).contains("Bostäder för unga");
        assertThat(back.status()).isEqualTo(AssessmentStatus.CONDUCTED);
        assertThat(tx(() -> assessments().find(ARE))).isEmpty();
    }

    @Test
    void changes_meetings_and_needs_are_appended_to_stored_assessments() {
        run(() -> {
            assessments().add(NeedsAssessment.plan(ARE, FEBRUARY));
            assessments().add(NeedsAssessment.plan(SUNDSVALL, FEBRUARY));
        });
        NeedsAssessment are = tx(() -> assessments().find(ARE)).orElseThrow();
        var validated = are.change(AssessmentStatus.VALIDATED, LocalDate.of(2024, 4, 2), false, Optional.empty());
        NeedsAssessment after = are.with(validated);
        var reopened = after.change(AssessmentStatus.CONDUCTED, LocalDate.of(2024, 4, 9), true,
                Optional.of("Sammanfattningen saknade upphandling"));

        run(() -> {
            assessments().addChange(ARE, validated);
            assessments().addChange(ARE, reopened);
            assessments().addMeeting(ARE, CALL);
            assessments().addNeeds(List.of(new RaisedNeed(SUNDSVALL, HOUSING), new RaisedNeed(ARE, WORK),
                    new RaisedNeed(SUNDSVALL, WORK)));
        });

        NeedsAssessment stored = tx(() -> assessments().find(ARE)).orElseThrow();
        assertThat(stored.status()).isEqualTo(AssessmentStatus.CONDUCTED);
        assertThat(stored.history()).containsExactly(are.history().get(0), validated, reopened);
        assertThat(stored.latestChange().reason()).contains("Sammanfattningen saknade upphandling");
        assertThat(stored.meetings()).containsExactly(CALL);
        assertThat(stored.needs()).containsExactly(WORK);
        assertThat(tx(() -> assessments().find(SUNDSVALL)).orElseThrow().needs()).containsExactly(HOUSING, WORK);
        assertThat(tx(assessments()::all)).extracting(a -> a.municipality().code()).containsExactly("2281", "2321");
    }

    @Test
    void one_assessment_per_municipality() {
        run(() -> assessments().add(NeedsAssessment.plan(SUNDSVALL, FEBRUARY)));

        assertThatThrownBy(() -> run(() -> assessments().add(NeedsAssessment.plan(SUNDSVALL, FEBRUARY))))
                .isInstanceOf(ConflictException.class);
        assertThat(tx(assessments()::all)).hasSize(1);
    }

    @Test
    void nothing_stored_is_nothing_found() {
        assertThat(tx(assessments()::all)).isEmpty();
    }
}
