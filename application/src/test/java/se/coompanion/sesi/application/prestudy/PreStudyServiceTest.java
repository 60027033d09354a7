package se.coompanion.sesi.application.prestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.SetActivityTarget;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.prestudy.Target;

class PreStudyServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @Test
    void starts_the_sesi_pre_study_from_its_template() {
        PreStudy started = sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi()).preStudy();

        assertThat(started.facts().caseNumber().value()).isEqualTo("23-032-S01");
        assertThat(ports.preStudies().find()).contains(started);
        assertThat(sesi.preStudy().showProjectFacts().show()).isEqualTo(started);
    }

    @Test
    void a_second_pre_study_in_the_same_database_is_a_conflict_and_changes_nothing() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());

        assertThatThrownBy(() -> sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already holds the pre-study \"Socialt entreprenörskap social innovation - SESI\"");
        assertThat(ports.preStudies().find().orElseThrow().template()).isEqualTo(PreStudyTemplate.SESI);
    }

    @Test
    void facts_and_progress_before_init_are_not_found_with_a_hint() {
        assertThatThrownBy(() -> sesi.preStudy().showProjectFacts().show())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi init");
        assertThatThrownBy(() -> sesi.preStudy().showProgress().show()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_blank_pre_study_takes_its_facts_from_the_command() {
        StartPreStudy.Command command = new StartPreStudy.Command(PreStudyTemplate.BLANK, "Förstudie Norr",
                "24-101-S02", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "212000-2411",
                "Sundsvalls kommun", List.of("22"));

        PreStudy blank = sesi.preStudy().startPreStudy().start(command).preStudy();

        assertThat(blank.facts().name()).isEqualTo("Förstudie Norr");
        assertThat(blank.targetMunicipalities()).hasSize(7);
        assertThat(blank.activities()).hasSize(8).allMatch(a -> a.target().kind() == Target.Kind.NONE);
    }

    @Test
    void a_blank_pre_study_reports_every_missing_or_wrong_fact_at_once() {
        StartPreStudy.Command command = new StartPreStudy.Command(PreStudyTemplate.BLANK, " ", "23--1",
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), "716460-3868", null, List.of("22", "99"));

        assertThatThrownBy(() -> sesi.preStudy().startPreStudy().start(command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactlyInAnyOrder("name", "caseNumber", "ownerOrgNumber", "ownerName", "end",
                                "countyCodes"))
                .hasMessageContaining("check digit should be 7");
        assertThat(ports.preStudies().find()).isEmpty();
    }

    @Test
    void a_command_of_the_wrong_shape_is_reported_by_field() {
        StartPreStudy.Command command = new StartPreStudy.Command(null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> sesi.preStudy().startPreStudy().start(command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("countyCodes", "template"));
    }

    @Test
    void a_target_can_be_changed_and_a_broken_rule_of_the_model_is_invalid_input() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());

        PreStudy changed = sesi.preStudy().setActivityTarget().set(
                new SetActivityTarget.Command(ActivityKey.COMPETENCE_MAPPING, Target.Kind.FIXED, 12));
        assertThat(changed.activity(ActivityKey.COMPETENCE_MAPPING).orElseThrow().target().quantity()).isEqualTo(12);
        assertThat(ports.preStudies().find()).contains(changed);

        assertThatThrownBy(() -> sesi.preStudy().setActivityTarget().set(
                new SetActivityTarget.Command(ActivityKey.COMPETENCE_MAPPING, Target.Kind.FIXED, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void progress_lists_every_activity_of_the_plan_with_nothing_recorded() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());

        List<ActivityProgress> progress = sesi.preStudy().showProgress().show().activities();

        assertThat(progress).extracting(ActivityProgress::key).containsExactly(ActivityKey.values());
        assertThat(progress).allMatch(p -> p.status() == ProgressStatus.NOT_STARTED && p.actual() == 0);
        assertThat(progress.get(ActivityKey.COMPETENCE_MAPPING.ordinal()).target()).isEqualTo(10);
    }

    @Test
    void progress_takes_each_activitys_count_from_its_measure() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        ActivityMeasure twelveOfFifteen = new ActivityMeasure() {
            @Override
            public ActivityKey activity() {
                return ActivityKey.NEEDS_ANALYSIS;
            }

            @Override
            public Measurement measure(PreStudy preStudy) {
                return new Measurement(12, OptionalInt.of(preStudy.targetMunicipalities().size()), true, true,
                        ImmutableList.of());
            }
        };
        ProgressService service = new ProgressService(ports.preStudies(), ports.transactions(), List.of(twelveOfFifteen));

        ActivityProgress needs = service.show().activities().get(ActivityKey.NEEDS_ANALYSIS.ordinal());

        assertThat(needs.target()).isEqualTo(15);
        assertThat(needs.actual()).isEqualTo(12);
        assertThat(needs.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(needs.percent().orElseThrow()).isEqualByComparingTo("80.0");
    }
}
