package se.coompanion.sesi.domain.prestudy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ActivityProgressTest {

    private static final Activity TEN_ENTERPRISES =
            new Activity(ActivityKey.COMPETENCE_MAPPING, Target.fixed(10, TargetUnit.ENTERPRISES));
    private static final Activity ALL_MUNICIPALITIES =
            new Activity(ActivityKey.NEEDS_ANALYSIS, Target.all(TargetUnit.MUNICIPALITIES));

    @Test
    void nothing_recorded_is_not_started() {
        ActivityProgress progress = ActivityProgress.of(TEN_ENTERPRISES, Measurement.nothing());
        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(progress.target()).isEqualTo(10);
        assertThat(progress.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.0"));
    }

    @Test
    void a_count_below_the_target_is_in_progress_with_its_percentage() {
        ActivityProgress progress = ActivityProgress.of(TEN_ENTERPRISES, Measurement.count(3));
        assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.percent().orElseThrow()).isEqualByComparingTo("30.0");
    }

    @Test
    void reaching_the_target_is_done_and_going_beyond_is_shown_as_it_is() {
        assertThat(ActivityProgress.of(TEN_ENTERPRISES, Measurement.count(10)).status()).isEqualTo(ProgressStatus.DONE);
        ActivityProgress beyond = ActivityProgress.of(TEN_ENTERPRISES, Measurement.count(12));
        assertThat(beyond.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(beyond.percent().orElseThrow()).isEqualByComparingTo("120.0");
    }

    @Test
    void an_all_of_target_takes_its_number_from_the_evidence() {
        Measurement twelveOfFifteen = new Measurement(12, OptionalInt.of(15), true, true, ImmutableList.of());
        ActivityProgress progress = ActivityProgress.of(ALL_MUNICIPALITIES, twelveOfFifteen);
        assertThat(progress.target()).isEqualTo(15);
        assertThat(progress.percent().orElseThrow()).isEqualByComparingTo("80.0");
        assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
    }

    @Test
    void the_plan_sizes_the_set_of_municipalities_when_no_evidence_does() {
        PreStudy sesi = SesiPlan.preStudy();
        ActivityProgress progress = ActivityProgress.of(ALL_MUNICIPALITIES, Measurement.nothing(),
                sesi.knownPopulation(TargetUnit.MUNICIPALITIES));
        assertThat(progress.target()).isEqualTo(15);
        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(sesi.knownPopulation(TargetUnit.ACTORS)).isEmpty();
    }

    @Test
    void work_started_without_a_countable_unit_is_in_progress() {
        Measurement planned = new Measurement(0, OptionalInt.of(15), true, true, ImmutableList.of());
        assertThat(ActivityProgress.of(ALL_MUNICIPALITIES, planned).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
    }

    @Test
    void the_count_alone_is_not_done_while_a_further_condition_is_unmet() {
        Measurement allButNoShortlist = new Measurement(5, OptionalInt.of(5), true, false, ImmutableList.of());
        Activity stakeholders = new Activity(ActivityKey.STAKEHOLDER_ANALYSIS, Target.all(TargetUnit.ACTORS));
        assertThat(ActivityProgress.of(stakeholders, allButNoShortlist).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
    }

    @Test
    void an_empty_set_is_never_done_and_without_target_there_is_no_percentage() {
        Measurement emptyFrame = new Measurement(0, OptionalInt.of(0), false, true, ImmutableList.of());
        Activity survey = new Activity(ActivityKey.POSTAL_SURVEY, Target.all(TargetUnit.ASSOCIATIONS));
        assertThat(ActivityProgress.of(survey, emptyFrame).status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(ActivityProgress.of(survey, emptyFrame).percent()).isEmpty();

        Activity noTarget = new Activity(ActivityKey.POSTAL_SURVEY, Target.none(TargetUnit.ASSOCIATIONS));
        ActivityProgress none = ActivityProgress.of(noTarget, Measurement.count(7));
        assertThat(none.status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(none.actual()).isEqualTo(7);
        assertThat(none.percent()).isEmpty();
    }
}
