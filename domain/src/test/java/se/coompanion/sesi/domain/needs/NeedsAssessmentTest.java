package se.coompanion.sesi.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.needs.AssessmentStatus.BOOKED;
import static se.coompanion.sesi.domain.needs.AssessmentStatus.CONDUCTED;
import static se.coompanion.sesi.domain.needs.AssessmentStatus.PLANNED;
import static se.coompanion.sesi.domain.needs.AssessmentStatus.VALIDATED;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

class NeedsAssessmentTest {

    static final Municipality SUNDSVALL = Municipality.of("2281");
    static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    static Need need(Theme theme, Priority priority, String description) {
        return new Need(NeedTheme.of(theme), priority, ImmutableSortedSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                description, Optional.empty(), Optional.empty());
    }

    private static NeedsAssessment at(AssessmentStatus status) {
        NeedsAssessment assessment = NeedsAssessment.plan(SUNDSVALL, MARCH);
        for (AssessmentStatus next : AssessmentStatus.values()) {
            if (next.compareTo(PLANNED) > 0 && next.compareTo(status) <= 0) {
                assessment = assessment.with(assessment.change(next, MARCH.plusDays(next.ordinal()), false,
                        Optional.empty()));
            }
        }
        return assessment;
    }

    @Test
    void a_new_assessment_is_planned_and_moves_forward_step_by_step() {
        NeedsAssessment assessment = NeedsAssessment.plan(SUNDSVALL, MARCH);
        assertThat(assessment.status()).isEqualTo(PLANNED);

        NeedsAssessment validated = at(VALIDATED);

        assertThat(validated.status()).isEqualTo(VALIDATED);
        assertThat(validated.history()).extracting(StatusChange::to).containsExactly(PLANNED, BOOKED, CONDUCTED,
                VALIDATED);
        assertThat(validated.history()).allSatisfy(c -> assertThat(c.skipped()).isEmpty());
    }

    @Test
    void a_step_forward_may_pass_over_a_status_and_the_history_says_which() {
        NeedsAssessment planned = NeedsAssessment.plan(SUNDSVALL, MARCH);

        StatusChange change = planned.change(CONDUCTED, MARCH.plusDays(7), false, Optional.empty());

        assertThat(change.from()).contains(PLANNED);
        assertThat(change.skipped()).containsExactly(BOOKED);
        assertThat(planned.with(change).status().reached()).isTrue();
        assertThat(planned.change(VALIDATED, MARCH, false, Optional.empty()).skipped())
                .containsExactly(BOOKED, CONDUCTED);
    }

    @Test
    void a_step_back_without_a_reopening_is_the_wrong_state() {
        NeedsAssessment conducted = at(CONDUCTED);

        assertThatThrownBy(() -> conducted.change(BOOKED, MARCH.plusDays(10), false, Optional.empty()))
                .isInstanceOf(StatusFlowException.class)
                .hasMessage("The needs assessment of 2281 Sundsvall is conducted: going back to booked is a "
                        + "reopening; give --reopen and a reason");
    }

    @Test
    void a_reopening_goes_back_with_its_reason_and_stays_in_the_history() {
        NeedsAssessment validated = at(VALIDATED);

        StatusChange reopened = validated.change(CONDUCTED, MARCH.plusDays(20), true,
                Optional.of("The summary missed the procurement needs"));
        NeedsAssessment after = validated.with(reopened);

        assertThat(after.status()).isEqualTo(CONDUCTED);
        assertThat(after.history()).hasSize(5);
        assertThat(after.latestChange().reopen()).isTrue();
        assertThat(after.latestChange().reason()).contains("The summary missed the procurement needs");
        // and forward again
        assertThat(after.with(after.change(VALIDATED, MARCH.plusDays(25), false, Optional.empty())).status())
                .isEqualTo(VALIDATED);
    }

    @Test
    void a_reopening_needs_a_reason_and_must_go_back() {
        NeedsAssessment conducted = at(CONDUCTED);

        assertThatThrownBy(() -> conducted.change(PLANNED, MARCH.plusDays(10), true, Optional.of("  ")))
                .isInstanceOf(DomainException.class).isNotInstanceOf(StatusFlowException.class)
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> conducted.change(VALIDATED, MARCH.plusDays(10), true, Optional.of("why")))
                .isInstanceOf(DomainException.class).hasMessageContaining("not a step back");
        assertThatThrownBy(() -> conducted.change(VALIDATED, MARCH.plusDays(10), false, Optional.of("why")))
                .isInstanceOf(DomainException.class).hasMessageContaining("only with a reopening");
    }

    @Test
    void the_same_status_again_is_the_wrong_state() {
        assertThatThrownBy(() -> at(BOOKED).change(BOOKED, MARCH.plusDays(10), false, Optional.empty()))
                .isInstanceOf(StatusFlowException.class).hasMessageContaining("is already booked");
    }

    @Test
    void a_change_cannot_be_dated_before_the_last_one() {
        NeedsAssessment booked = at(BOOKED); // booked on 2024-03-02

        assertThatThrownBy(() -> booked.change(CONDUCTED, LocalDate.of(2024, 3, 1), false, Optional.empty()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("has been booked since 2024-03-02");
        assertThat(booked.change(CONDUCTED, LocalDate.of(2024, 3, 2), false, Optional.empty()).date())
                .isEqualTo("2024-03-02");
    }

    @Test
    void needs_are_added_until_validation_and_the_same_need_is_not_added_twice() {
        NeedsAssessment conducted = at(CONDUCTED)
                .withNeeds(List.of(need(Theme.WORK_INTEGRATION, Priority.HIGH, "Fler platser i arbetsträning")));

        assertThat(conducted.needs()).hasSize(1);
        assertThatThrownBy(() -> conducted.withNeeds(List.of(need(Theme.WORK_INTEGRATION, Priority.LOW,
                "fler  platser i ARBETSTRÄNING")))).isInstanceOf(DomainException.class)
                .hasMessageContaining("already has this need");
        NeedsAssessment validated = conducted.with(conducted.change(VALIDATED, MARCH.plusDays(9), false,
                Optional.empty()));
        assertThatThrownBy(() -> validated.withNeeds(List.of(need(Theme.FINANCING, Priority.LOW, "Lån"))))
                .isInstanceOf(StatusFlowException.class)
                .hasMessageContaining("sesi needs status 2281 CONDUCTED --reopen");
    }

    @Test
    void meetings_count_people_by_gender_and_need_someone_there() {
        Meeting meeting = Meeting.of(MARCH, MeetingFormat.ON_SITE, List.of("Näringslivschef", " Socialchef "),
                new GenderCounts(2, 1, 0, 0), Optional.empty());

        assertThat(at(CONDUCTED).withMeeting(meeting).meetings()).containsExactly(meeting);
        assertThat(meeting.roles()).containsExactly("Näringslivschef", "Socialchef");
        assertThat(meeting.participants().total()).isEqualTo(3);
        assertThatThrownBy(() -> Meeting.of(MARCH, MeetingFormat.PHONE, List.of(), GenderCounts.ZERO,
                Optional.empty())).hasMessageContaining("at least one participant");
        assertThatThrownBy(() -> Meeting.of(MARCH, MeetingFormat.PHONE, List.of(" "), new GenderCounts(1, 0, 0, 0),
                Optional.empty())).hasMessageContaining("Participant role: a value is required");
    }

    @Test
    void statuses_priorities_and_formats_are_read_as_codes_or_swedish_words() {
        assertThat(AssessmentStatus.parse("genomförd")).isEqualTo(CONDUCTED);
        assertThat(AssessmentStatus.parse("Validated")).isEqualTo(VALIDATED);
        assertThat(Priority.parse("låg")).isEqualTo(Priority.LOW);
        assertThat(Priority.parse("hog")).isEqualTo(Priority.HIGH);
        assertThat(Priority.parse("medium")).isEqualTo(Priority.MEDIUM);
        assertThat(MeetingFormat.parse("on-site")).isEqualTo(MeetingFormat.ON_SITE);
        assertThatThrownBy(() -> AssessmentStatus.parse("done")).hasMessage(
                "Status done: allowed are PLANNED, BOOKED, CONDUCTED, VALIDATED (or planerad, bokad, genomförd, "
                        + "validerad)");
        assertThatThrownBy(() -> Priority.parse("urgent")).hasMessageContaining("Priority urgent");
    }

    @Test
    void target_groups_are_joined_with_a_bar() {
        assertThat(TargetGroup.parseList("foreign-born | LONG_TERM_UNEMPLOYED")).containsExactly(
                TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.FOREIGN_BORN);
        assertThat(TargetGroup.parseList("")).isEmpty();
        assertThatThrownBy(() -> TargetGroup.parseList("YOUTH")).hasMessageStartingWith("Target group YOUTH");
    }
}
