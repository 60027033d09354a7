package se.coompanion.sesi.application.prestudy.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.prestudy.TargetUnit;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.DateRange;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The contract of the {@link PreStudies} out-port, for every implementation. */
public abstract class PreStudiesContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-01-08T09:30:00Z");

    private PreStudies preStudies() {
        return ports().preStudies();
    }

    @Test
    void an_empty_database_has_no_pre_study() {
        assertThat(tx(preStudies()::find)).isEmpty();
    }

    @Test
    void the_sesi_pre_study_comes_back_exactly_as_stored() {
        PreStudy sesi = SesiPlan.preStudy();
        ports().transactions().run(() -> preStudies().add(sesi, NOW));

        assertThat(tx(preStudies()::find)).contains(sesi);
    }

    @Test
    void a_blank_pre_study_without_optional_facts_and_region_comes_back_too() {
        ProjectFacts facts = ProjectFacts.essentials(CaseNumber.parse("2025/77"), "Förstudie Öst",
                DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                OrganisationNumber.parse("212000-2411"), "Sundsvalls kommun");
        PreStudy blank = new PreStudy(PreStudyTemplate.BLANK, facts, ImmutableSortedSet.of(),
                PreStudy.activitiesWithoutTargets());
        ports().transactions().run(() -> preStudies().add(blank, NOW));

        assertThat(tx(preStudies()::find)).contains(blank);
    }

    @Test
    void a_second_pre_study_is_a_conflict() {
        ports().transactions().run(() -> preStudies().add(SesiPlan.preStudy(), NOW));

        assertThatThrownBy(() -> ports().transactions().run(() -> preStudies().add(SesiPlan.preStudy(), NOW)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_update_replaces_the_targets() {
        ports().transactions().run(() -> preStudies().add(SesiPlan.preStudy(), NOW));
        PreStudy changed = SesiPlan.preStudy().withTarget(ActivityKey.ANALYSIS_SEMINAR, Target.fixed(2, TargetUnit.SEMINARS));

        ports().transactions().run(() -> preStudies().update(changed));

        assertThat(tx(preStudies()::find)).contains(changed);
    }

    @Test
    void a_failure_inside_a_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> ports().transactions().run(() -> {
            preStudies().add(SesiPlan.preStudy(), NOW);
            throw new IllegalStateException("the power went out");
        })).hasMessage("the power went out");

        assertThat(tx(preStudies()::find)).isEmpty();
    }
}
