package se.coompanion.sesi.application.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.stakeholder.port.in.ShowAssessmentHistory;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.stakeholder.Attitude;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.Quadrant;
import se.coompanion.sesi.domain.stakeholder.SalienceClass;

class StakeholderServiceTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private void actor(String name, String number, String role) {
        sesi.actors().addActor().add(new AddActor.Command(name, number, null, List.of(role), null, null, null, null,
                null, null));
    }

    private AssessStakeholder.Result assess(String actor, int power, int interest, Integer attitude, String salience,
            String candidacy, LocalDate date) {
        return sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command(actor, power, interest,
                attitude, salience, candidacy, null, date));
    }

    private ActivityProgress progress() {
        return sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.STAKEHOLDER_ANALYSIS).findFirst().orElseThrow();
    }

    @Test
    void an_assessment_is_dated_today_with_a_neutral_attitude_and_no_candidacy_unless_told() {
        actor("Sundsvalls kommun", "212000-2411", "MUNICIPALITY");

        AssessStakeholder.Result result = assess("212000-2411", 5, 4, null, null, null, null);

        assertThat(result.assessment().assessedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(result.assessment().attitude()).isEqualTo(Attitude.NEUTRAL);
        assertThat(result.assessment().candidacy()).isEqualTo(Candidacy.NONE);
        assertThat(result.assessment().salience()).isEmpty();
        assertThat(result.assessment().quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(result.previous()).isEmpty();
        assertThat(result.current()).isTrue();
    }

    @Test
    void a_re_assessment_keeps_the_history_and_the_latest_date_counts() {
        actor("Region Västernorrland", null, "REGION");
        assess("region-vasternorrland", 4, 2, 0, "P", "NONE", MARCH);
        AssessStakeholder.Result moved = assess("region-vasternorrland", 5, 5, 2, "P,L,U", "CO_FINANCIER",
                MARCH.plusMonths(2));
        AssessStakeholder.Result backDated = assess("region-vasternorrland", 1, 1, -2, "none", "NONE",
                MARCH.minusMonths(1));

        assertThat(moved.previous()).hasValueSatisfying(p -> assertThat(p.quadrant())
                .isEqualTo(Quadrant.KEEP_SATISFIED));
        assertThat(moved.assessment().quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(backDated.current()).isFalse();
        ShowAssessmentHistory.Result history =
                sesi.stakeholders().showAssessmentHistory().history("region-vasternorrland");
        assertThat(history.assessments()).extracting(a -> a.assessedOn())
                .containsExactly(MARCH.minusMonths(1), MARCH, MARCH.plusMonths(2));
        assertThat(history.current()).contains(moved.assessment());
        assertThat(sesi.stakeholders().showStakeholderGrid().grid()).singleElement().satisfies(p -> {
            assertThat(p.assessment()).isEqualTo(moved.assessment());
            assertThat(p.assessment().salienceClass()).contains(SalienceClass.DEFINITIVE);
        });
    }

    @Test
    void the_grid_is_by_quadrant_and_the_shortlist_by_candidacy_quadrant_and_attitude() {
        actor("Monitor", null, "OTHER");
        actor("Informed", null, "OTHER");
        actor("Satisfied", null, "OTHER");
        actor("Close", null, "OTHER");
        actor("Close Too", null, "OTHER");
        assess("monitor", 2, 2, 1, null, "CO_APPLICANT", MARCH);
        assess("informed", 3, 5, 2, null, "COOPERATION_PARTNER", MARCH);
        assess("satisfied", 5, 1, -1, null, "COOPERATION_PARTNER", MARCH);
        assess("close", 4, 4, 0, null, "NONE", MARCH);
        assess("close-too", 5, 4, 2, null, "REFERENCE_GROUP", MARCH);

        assertThat(sesi.stakeholders().showStakeholderGrid().grid()).extracting(p -> p.actor().key().value(),
                p -> p.assessment().quadrant()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("close-too", Quadrant.MANAGE_CLOSELY),
                        org.assertj.core.groups.Tuple.tuple("close", Quadrant.MANAGE_CLOSELY),
                        org.assertj.core.groups.Tuple.tuple("satisfied", Quadrant.KEEP_SATISFIED),
                        org.assertj.core.groups.Tuple.tuple("informed", Quadrant.KEEP_INFORMED),
                        org.assertj.core.groups.Tuple.tuple("monitor", Quadrant.MONITOR));
        // weight 4 first; then the two cooperation partners, KEEP_SATISFIED before KEEP_INFORMED although the
        // second champions the project; then the reference group; "close" has no candidacy.
        assertThat(sesi.stakeholders().showPartnerShortlist().shortlist()).extracting(ShowPartnerShortlist.Ranked::rank,
                r -> r.actor().key().value()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "monitor"),
                        org.assertj.core.groups.Tuple.tuple(2, "satisfied"),
                        org.assertj.core.groups.Tuple.tuple(3, "informed"),
                        org.assertj.core.groups.Tuple.tuple(4, "close-too"));
    }

    @Test
    void every_problem_of_an_assessment_at_once_and_an_unknown_actor_is_not_found() {
        actor("Sundsvalls kommun", "212000-2411", "MUNICIPALITY");

        assertThatThrownBy(() -> sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command(
                "sundsvalls-kommun", 0, 6, 3, "X", "PARTNER", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("power", "interest", "attitude", "salience",
                                "candidacy"));
        assertThatThrownBy(() -> assess("ange-kommun", 3, 3, 0, null, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(ports.stakeholderAssessments().all()).isEmpty();
    }

    @Test
    void progress_counts_the_relevant_actors_assessed_and_needs_a_shortlist_to_be_done() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        actor("Coompanion Västernorrland", "716460-3867", "COOPERATIVE_DEVELOPMENT");
        actor("Sundsvalls kommun", "212000-2411", "MUNICIPALITY");
        actor("Timrå kommun", null, "MUNICIPALITY");
        assertThat(progress().status()).isEqualTo(ProgressStatus.NOT_STARTED);

        assess("sundsvalls-kommun", 5, 5, 2, null, "NONE", MARCH);
        ActivityProgress one = progress();
        assess("timra-kommun", 2, 4, 1, null, "NONE", MARCH);
        ActivityProgress allWithoutShortlist = progress();
        assess("timra-kommun", 2, 4, 1, null, "REFERENCE_GROUP", MARCH.plusDays(1));
        ActivityProgress done = progress();

        // the project owner (716460-3867, Coompanion) is not its own stakeholder: 2 relevant actors
        assertThat(one.target()).isEqualTo(2);
        assertThat(one.actual()).isEqualTo(1);
        assertThat(one.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(allWithoutShortlist.actual()).isEqualTo(2);
        assertThat(allWithoutShortlist.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(done.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.details()).extracting(m -> m.format(Locale.ROOT))
                .containsExactly("assessed actors: 2 of 2", "partner shortlist: 1");
        assertThat(done.details()).extracting(m -> m.format(Locale.forLanguageTag("sv")))
                .containsExactly("bedömda aktörer: 2 av 2", "partnerlista: 1");
        assertThat(sesi.stakeholders().showStakeholderGrid().grid()).extracting(ShowStakeholderGrid.Placed::actor)
                .extracting(a -> a.key().value()).containsExactly("sundsvalls-kommun", "timra-kommun");
        assertThat(Optional.of(done.percent().orElseThrow().toPlainString())).contains("100.0");
    }
}
