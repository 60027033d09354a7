package se.coompanion.sesi.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.learning.port.in.RemoveModule;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.ModuleChange;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.shared.Mean;

/**
 * The learning programme over in-memory ports: version 1 made on 2024-01-08 with three modules, piloted on 2024-01-30
 * with M1 and M2 (7 women, 5 men); version 2 made on 2024-03-05 from what the pilot taught. The tests look on
 * 2024-03-15 (the fixtures' clock) and on 2024-05-10 (after the first follow-ups).
 */
class LearningServiceTest {

    private static final List<String> HEADER = List.of("pilot", "deltagare", "modul", "nöjdhet", "relevans", "före_1",
            "efter_1", "före_2", "efter_2", "uppföljning_planerad");

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);
    private final SesiApplication may = SesiApplication.create(ports, TestValidation.validator(), Clock.fixed(
            LocalDate.of(2024, 5, 10).atTime(9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
            ZoneId.of("Europe/Stockholm")));

    @BeforeEach
    void version_1_with_three_modules_piloted_with_two() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(
                "Socialt företagande i praktiken", null, null, LocalDate.of(2024, 1, 8)));
        module(null, null, "Upphandling", List.of("Förstå reserverade kontrakt", "Skriva ett anbud"),
                List.of("public_procurement", "financing_and_grants"), "BLENDED", "6");
        module(null, null, "Digitala verktyg", List.of("Använda ett bokföringsprogram"), List.of("digital_skills"),
                "digital", "2,5");
        module(null, "studiebesok", "Studiebesök hos ett ASF", List.of("Se en arbetsintegrerande verksamhet"),
                List.of(), "STUDY_VISIT", "4");
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 1, 30),
                List.of("m1", "M2"), 7, 5, 0, 0, "Sundsvall"));
    }

    private AddModule.Result module(Integer version, String key, String title, List<String> objectives,
            List<String> competences, String format, String hours) {
        return sesi.learning().addModule().add(new AddModule.Command(version, key, title, objectives, competences,
                format, hours, List.of("Material i förväg")));
    }

    private ImportReport evaluations(List<List<String>> rows) {
        return sesi.learning().importEvaluations().importEvaluations(new ImportEvaluations.Command(TabularSource.of(
                "utvardering.csv", HEADER, rows), ImportOptions.ALL_OR_NOTHING));
    }

    private static List<String> row(String participant, String module, String satisfaction, String relevance,
            String b1, String a1, String b2, String a2, String planned) {
        return List.of("1", participant, module, satisfaction, relevance, b1, a1, b2, a2, planned);
    }

    private void theFirstPilotsForms() {
        evaluations(List.of(
                row("P01", "M1", "5", "4", "2", "4", "1", "3", "2024-05-15"),
                row("P02", "M1", "4", "5", "3", "4", "", "", ""),
                row("P03", "M1", "3", "", "2", "2", "2", "5", ""),
                row("p01", "m2", "", "", "4", "3", "", "", "")));
    }

    private ActivityProgress progress() {
        return sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.LEARNING_PROGRAMME).findFirst().orElseThrow();
    }

    @Test
    void modules_get_keys_m1_m2_and_a_piloted_version_is_locked() {
        var modules = sesi.learning().showProgrammeVersion().show(Optional.empty()).programme().modules();

        assertThat(modules).extracting(m -> m.key().value()).containsExactly("M1", "M2", "STUDIEBESOK");
        assertThat(modules.get(1).hours()).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> module(null, null, "Ny", List.of("Mål"), List.of(), "CLASSROOM", "1"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Version 1 has been piloted (1 pilot "
                        + "run): its modules are locked");
        assertThatThrownBy(() -> sesi.learning().removeModule().remove(new RemoveModule.Command(1, "M1")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void every_problem_of_a_module_is_listed_and_competences_must_be_in_the_framework() {
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(null, "Ny modul", "Piloten",
                LocalDate.of(2024, 3, 5)));

        assertThatThrownBy(() -> module(2, "1x", "Titel", List.of("Mål"), List.of("upphandling"), "lecture", "0"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                        .containsExactly("key", "competences", "format", "hours"));
        assertThatThrownBy(() -> module(2, "M1", "Titel", List.of("Mål"), List.of(), "CLASSROOM", "1"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Module M1 is already in version 2");
        assertThatThrownBy(() -> module(7, null, "Titel", List.of("Mål"), List.of(), "CLASSROOM", "1"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_new_version_carries_the_modules_over_and_says_what_changed_and_why() {
        assertThatThrownBy(() -> sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(
                null, "Kortare", null, LocalDate.of(2024, 3, 5)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a new version records what changed");

        CreateProgrammeVersion.Result second = sesi.learning().createProgrammeVersion().create(
                new CreateProgrammeVersion.Command(null, "M2 blir en längre, blandad modul; studiebesöket utgår; ny "
                        + "modul om effektmätning", "Piloten: deltagarna ville öva mer", LocalDate.of(2024, 3, 5)));
        sesi.learning().changeModule().change(new ChangeModule.Command(null, "m2", null, null, null, "BLENDED", "4",
                null));
        sesi.learning().removeModule().remove(new RemoveModule.Command(null, "studiebesok"));
        AddModule.Result added = module(null, null, "Effektmätning", List.of("Mäta social nytta"),
                List.of("impact_measurement"), "CLASSROOM", "3");

        assertThat(second.carried()).isEqualTo(3);
        assertThat(second.programme().version().title()).isEqualTo("Socialt företagande i praktiken");
        assertThat(added.module().key()).as("the first free number").isEqualTo(new ModuleKey("M3"));
        assertThat(sesi.learning().showProgrammeVersion().show(Optional.empty()).changes())
                .extracting(c -> c.key().value(), ModuleChange::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M1", ModuleChange.Kind.CARRIED_OVER),
                        org.assertj.core.groups.Tuple.tuple("M2", ModuleChange.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("M3", ModuleChange.Kind.NEW),
                        org.assertj.core.groups.Tuple.tuple("STUDIEBESOK", ModuleChange.Kind.REMOVED));
        assertThat(sesi.learning().showProgrammeVersion().show(Optional.of(1)).programme().modules()).hasSize(3);
        assertThat(sesi.learning().listProgrammeVersions().list()).extracting(l -> l.pilots()).containsExactly(1, 0);
    }

    @Test
    void a_pilot_run_names_modules_of_its_version_and_counts_its_participants_by_gender() {
        assertThatThrownBy(() -> sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1,
                LocalDate.of(2024, 2, 1), List.of("M9"), 1, 0, 0, 0, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Module M9 is not in version 1");
        assertThatThrownBy(() -> sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1,
                LocalDate.of(2024, 1, 2), List.of(), 1, 0, 0, 0, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before version 1 was made (2024-01-08)");
        assertThatThrownBy(() -> sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1,
                LocalDate.of(2024, 3, 16), List.of(), 1, 0, 0, 0, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1,
                LocalDate.of(2024, 2, 1), List.of(), 0, 0, 0, 0, null))).isInstanceOf(InvalidInputException.class);

        var all = sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1, LocalDate.of(2024, 2, 6),
                List.of(), 2, 1, 1, 0, null));
        assertThat(all.modules()).extracting(ModuleKey::value).containsExactly("M1", "M2", "STUDIEBESOK");
        assertThat(all.number()).isEqualTo(2);
    }

    @Test
    void evaluations_are_imported_and_a_pilot_with_a_reaction_and_a_learning_value_is_evaluated() {
        assertThat(progress().actual()).as("piloted, not evaluated").isZero();
        assertThat(progress().status()).isEqualTo(ProgressStatus.IN_PROGRESS);

        theFirstPilotsForms();

        assertThat(progress().actual()).isEqualTo(1);
        assertThat(progress().status()).isEqualTo(ProgressStatus.DONE);
        assertThat(progress().details()).extracting(Object::toString).containsExactly(
                "one version; the latest has 3 modules, 12.5 hours", "one pilot run, one evaluated",
                "participants: 12 (women 7, men 5, non-binary 0, not stated 0)", "4 evaluation forms");
        assertThat(sesi.learning().listPilotRuns().list()).extracting(ListPilotRuns.Listed::evaluations,
                ListPilotRuns.Listed::participants, ListPilotRuns.Listed::evaluated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 3, true));
        assertThat(sesi.learning().listEvaluations().list(Optional.of(1)).get(0).followUp().planned())
                .contains(LocalDate.of(2024, 5, 15));
    }

    @Test
    void every_bad_row_of_an_evaluation_file_is_reported_and_nothing_is_stored() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("P01", "M1", "5", "4", "2", "4", "", "", ""));
        rows.add(row("P02", "STUDIEBESOK", "5", "", "", "", "", "", ""));
        rows.add(row("P03", "M2", "6", "", "2", "", "", "", ""));
        rows.add(row("P04", "M2", "", "", "2", "3", "3", "4", ""));
        rows.add(row("P01", "M1", "4", "", "", "", "", "", ""));
        rows.add(row("P05", "M1", "", "", "", "", "", "", ""));
        rows.add(row("P06", "M1", "4", "", "", "", "", "", "2024-04-29"));
        rows.add(List.of("9", "P07", "M1", "4", "", "", "", "", "", ""));

        assertThatThrownBy(() -> evaluations(rows)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly(
                                "utvardering.csv:3: modul/module: module STUDIEBESOK was not given in pilot run 1 "
                                        + "(its modules: M1, M2)",
                                "utvardering.csv:4: nöjdhet/satisfaction: Satisfaction 6: must be a whole number from "
                                        + "1 to 5",
                                "utvardering.csv:4: efter_1/after_1: objective 1: give both the level before and the "
                                        + "level after, or neither",
                                "utvardering.csv:5: före_2/before_2: module M2 has 1 learning objective, not 2 (3)",
                                "utvardering.csv:6: the same pilot, participant and module as line 2 (1/P01/M1)",
                                "utvardering.csv:7: An evaluation gives satisfaction, relevance or an objective's "
                                        + "levels before and after",
                                "utvardering.csv:8: uppföljning_planerad/follow_up_planned: Follow-up planned for "
                                        + "2024-04-29: it must be 3 to 6 months after the pilot run of 2024-01-30, "
                                        + "from 2024-04-30 to 2024-07-30",
                                "utvardering.csv:9: pilot: pilot run 9 does not exist (\"sesi learning pilot list\")"));
        assertThat(sesi.learning().listEvaluations().list(Optional.empty())).isEmpty();
    }

    @Test
    void more_participant_codes_than_participants_stores_nothing_and_a_second_import_of_a_form_is_an_error() {
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 2, 6),
                List.of("M2"), 1, 1, 0, 0, null));
        List<List<String>> three = List.of(List.of("2", "A", "M2", "4", "", "", "", "", "", ""),
                List.of("2", "B", "M2", "4", "", "", "", "", "", ""), List.of("2", "C", "M2", "4", "", "", "", "", "",
                        ""));

        assertThatThrownBy(() -> evaluations(three)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pilot run 2 had 2 participants, but the evaluations name 3 participant codes");
        assertThat(sesi.learning().listEvaluations().list(Optional.empty())).isEmpty();

        theFirstPilotsForms();
        assertThatThrownBy(() -> evaluations(List.of(row("P02", "M1", "1", "", "", "", "", "", ""))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("an evaluation of pilot run 1, participant P02, module M1 is already recorded");
    }

    @Test
    void a_follow_up_is_planned_in_the_window_and_recorded_when_done() {
        theFirstPilotsForms();

        assertThatThrownBy(() -> sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P02", null,
                LocalDate.of(2024, 8, 1), null, null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 2024-04-30 to 2024-07-30");
        RecordFollowUp.Result planned = sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "p01",
                null, LocalDate.of(2024, 6, 3), null, null, null));
        RecordFollowUp.Result done = may.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P01", "M1",
                null, LocalDate.of(2024, 5, 2), "delvis", "Använder anbudsmallen"));
        RecordFollowUp.Result early = may.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P02", null,
                null, LocalDate.of(2024, 4, 15), "ja", null));

        assertThat(planned.evaluations()).hasSize(2).allMatch(e -> e.followUp().planned()
                .equals(Optional.of(LocalDate.of(2024, 6, 3))));
        assertThat(done.evaluations().get(0).followUp().applied()).contains(Applied.PARTLY);
        assertThat(done.evaluations().get(0).followUp().planned()).contains(LocalDate.of(2024, 6, 3));
        assertThat(done.outsideWindow()).isFalse();
        assertThat(early.outsideWindow()).isTrue();
        assertThatThrownBy(() -> sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P01", null,
                null,
                LocalDate.of(2024, 5, 2), null, null))).as("after today").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P09", null,
                LocalDate.of(2024, 6, 3), null, null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P01", null,
                null, null, "YES", null))).isInstanceOf(InvalidInputException.class);
        ShowLearningResults.Result results = may.learning().showLearningResults().results(Optional.empty());
        // planned: P01's M1 and M2 (2 of the 4 forms); done: P01's M1 and P02's M1 (P02 evaluated only M1)
        assertThat(results.followUps().evaluations()).isEqualTo(4);
        assertThat(results.followUps().planned()).isEqualTo(2);
        assertThat(results.followUps().done()).isEqualTo(2);
        assertThat(results.followUps().applied()).containsEntry(Applied.PARTLY, 1).containsEntry(Applied.YES, 1);
    }

    @Test
    void results_give_the_reaction_per_module_and_the_gain_per_objective_with_n() {
        theFirstPilotsForms();

        ShowLearningResults.Result results = sesi.learning().showLearningResults().results(Optional.empty());

        assertThat(results.evaluated().orElseThrow().number()).isEqualTo(1);
        assertThat(results.pilots()).containsExactly(1);
        // M1 satisfaction 5, 4, 3: N = 3, mean 12 / 3 = 4; relevance 4, 5: N = 2, mean 9 / 2 = 4.5
        assertThat(results.reactions().get(0).satisfaction()).isEqualTo(new Mean(3, 12));
        assertThat(results.reactions().get(0).relevance()).isEqualTo(new Mean(2, 9));
        // the study visit was not given: no values
        assertThat(results.reactions().get(2).satisfaction().n()).isZero();
        // M1 objective 1: gains 4 - 2 = 2, 4 - 3 = 1, 2 - 2 = 0: N = 3, mean 3 / 3 = 1
        assertThat(results.gains().get(0).gain()).isEqualTo(new Mean(3, 3));
        // M1 objective 2: gains 3 - 1 = 2, 5 - 2 = 3: N = 2, mean 5 / 2 = 2.5
        assertThat(results.gains().get(1).gain()).isEqualTo(new Mean(2, 5));
        // M2 objective 1: 3 - 4 = -1, N = 1
        assertThat(results.gains().get(2).gain()).isEqualTo(new Mean(1, -1));
        assertThat(results.enterprises()).isZero();
        assertThat(results.coverage()).isEmpty();
    }

    @Test
    void coverage_shows_which_of_the_top_5_borich_gaps_the_latest_version_addresses() {
        sesi.actors().addActor().add(new AddActor.Command("Gröna händer ek. för.", "769637-4128", "51",
                List.of("WORK_INTEGRATION_SOCIAL_ENTERPRISE"), null, null, null, null, null, null));
        // one enterprise, required 5 everywhere: MWDS = (5 - current) x 5 / 1; gaps 4, 3, 3, 2, 1, 1
        sesi.competence().importRatings().importRatings(new ImportRatings.Command(TabularSource.of("kompetens.csv",
                List.of("organisationsnummer", "kompetens", "nuvarande", "behov"), List.of(
                        List.of("769637-4128", "public_procurement", "1", "5"),
                        List.of("769637-4128", "financing_and_grants", "2", "5"),
                        List.of("769637-4128", "impact_measurement", "2", "5"),
                        List.of("769637-4128", "digital_skills", "3", "5"),
                        List.of("769637-4128", "marketing_and_sales", "4", "5"),
                        List.of("769637-4128", "work_environment", "4", "5"))), ImportOptions.ALL_OR_NOTHING));

        ShowLearningResults.Result results = sesi.learning().showLearningResults().results(Optional.empty());

        assertThat(results.enterprises()).isEqualTo(1);
        assertThat(results.coverage()).extracting(c -> c.gap().score().competence().key().value(),
                c -> c.addressed().stream().map(ModuleKey::value).toList()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("public_procurement", List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple("financing_and_grants", List.of("M1")),
                        org.assertj.core.groups.Tuple.tuple("impact_measurement", List.of()),
                        org.assertj.core.groups.Tuple.tuple("digital_skills", List.of("M2")),
                        org.assertj.core.groups.Tuple.tuple("marketing_and_sales", List.of()));
    }
}
