package se.coompanion.sesi.application.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class RatingImportTest {

    /** cli.md's Swedish header, exactly. */
    static final List<String> SWEDISH = List.of("organisationsnummer", "kompetens", "nuvarande", "behov");
    static final String GRONA = "769637-4128";
    static final String CAFE = "769639-0181";
    static final String KOMMUN = "212000-2411";

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void register() {
        actor("Gröna Händer Arbetskooperativ ek. för.", GRONA, "WORK_INTEGRATION_SOCIAL_ENTERPRISE");
        actor("Café Fjällsippan ek. för.", CAFE, "SOCIAL_ENTERPRISE");
        actor("Sundsvalls kommun", KOMMUN, "MUNICIPALITY");
    }

    private void actor(String name, String number, String role) {
        sesi.actors().addActor().add(new AddActor.Command(name, number, null, List.of(role), null, null, null, null,
                null, null));
    }

    private ImportReport importRows(List<String> header, List<List<String>> rows, boolean replace) {
        return sesi.competence().importRatings().importRatings(new ImportRatings.Command(TabularSource.of(
                "kompetens.csv", header, rows), ImportOptions.ALL_OR_NOTHING, replace));
    }

    private static Rating rating(String number, String key, int current, int required) {
        return new Rating(OrganisationNumber.parse(number), CompetenceKey.parse(key), Level.of(current),
                Level.of(required));
    }

    @Test
    void ratings_of_social_enterprises_of_the_register_are_imported_with_cli_mds_header() {
        ImportReport report = importRows(SWEDISH, List.of(List.of(GRONA, "public_procurement", "1", "5"),
                List.of("7696374128", "Digital-Skills", "3", "4"), List.of(CAFE, "public_procurement", "2", "4")),
                false);

        assertThat(report.rowsStored()).isEqualTo(3);
        assertThat(ports.competenceRatings().all()).containsExactly(rating(GRONA, "digital_skills", 3, 4),
                rating(GRONA, "public_procurement", 1, 5), rating(CAFE, "public_procurement", 2, 4));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_nothing_is_stored() {
        assertThatThrownBy(() -> importRows(List.of("org_number", "competence", "current", "required"), List.of(
                List.of("556016-0680", "public_procurement", "1", "5"),
                List.of(KOMMUN, "public_procurement", "1", "5"),
                List.of(GRONA, "procurement", "0", "6"),
                List.of(GRONA, "digital_skills", "1", "5"),
                List.of(GRONA, "digital_skills", "2", "5"),
                List.of("716460-3868", "digital_skills", "", "5")), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "kompetens.csv:2: organisationsnummer/org_number: no actor with organisationsnummer "
                                        + "556016-0680 in the register: register the enterprise first (sesi actor add "
                                        + "or sesi actor import)",
                                "kompetens.csv:3: organisationsnummer/org_number: Sundsvalls kommun (sundsvalls-kommun, "
                                        + "212000-2411) is not a social enterprise: its roles are MUNICIPALITY; a rated "
                                        + "enterprise has the role SOCIAL_ENTERPRISE or WORK_INTEGRATION_SOCIAL_ENTERPRISE",
                                "kompetens.csv:4: kompetens/competence: Competence procurement is not in the competence "
                                        + "framework; its keys are: spotting_opportunities, creativity, vision, "
                                        + "valuing_ideas, ethical_sustainable_thinking, self_awareness, motivation, "
                                        + "mobilising_resources, financial_literacy, mobilising_others, taking_initiative,"
                                        + " planning_management, coping_with_uncertainty, working_with_others, "
                                        + "learning_through_experience, public_procurement, work_integration_supervision,"
                                        + " financing_and_grants, board_and_governance, impact_measurement, "
                                        + "public_sector_cooperation, digital_skills, marketing_and_sales, "
                                        + "financial_management, work_environment",
                                "kompetens.csv:4: nuvarande/current: Level 0: write a whole number from 1 to 5",
                                "kompetens.csv:4: behov/required: Level 6: write a whole number from 1 to 5",
                                "kompetens.csv:6: the same enterprise and competence as line 5: one rating per enterprise"
                                        + " and competence (769637-4128 digital_skills)",
                                "kompetens.csv:7: organisationsnummer/org_number: Organisationsnummer 716460-3868: check "
                                        + "digit should be 7",
                                "kompetens.csv:7: nuvarande/current: a value is required"));
        assertThat(ports.competenceRatings().all()).isEmpty();
    }

    @Test
    void a_second_rating_is_an_error_unless_the_import_replaces() {
        importRows(SWEDISH, List.of(List.of(GRONA, "public_procurement", "1", "5"),
                List.of(GRONA, "digital_skills", "3", "4")), false);

        assertThatThrownBy(() -> importRows(SWEDISH, List.of(List.of(GRONA, "public_procurement", "2", "5")), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kompetens.csv:2: kompetens/competence: "
                        + "a rating of public_procurement by 769637-4128 is stored already");

        ImportReport replaced = importRows(SWEDISH, List.of(List.of(GRONA, "public_procurement", "3", "5"),
                List.of(CAFE, "public_procurement", "2", "4")), true);

        assertThat(replaced.rowsStored()).isEqualTo(2);
        // the replaced rating changed, the other of the same enterprise stayed
        assertThat(ports.competenceRatings().all()).containsExactly(rating(GRONA, "digital_skills", 3, 4),
                rating(GRONA, "public_procurement", 3, 5), rating(CAFE, "public_procurement", 2, 4));
    }

    @Test
    void the_matrix_names_the_enterprises_and_the_progress_counts_them() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        importRows(SWEDISH, List.of(
                // public_procurement: gaps 5-1=4 and 4-2=2, sum 6; required 5+4=9, N=2: MWDS = 6 * 4.5 / 2 = 13.5
                List.of(GRONA, "public_procurement", "1", "5"), List.of(CAFE, "public_procurement", "2", "4"),
                // creativity: gap 3-4=-1; required 3, N=1: MWDS = -1 * 3 / 1 = -3
                List.of(GRONA, "creativity", "4", "3"),
                // digital_skills: gap 4-3=1; required 4, N=1: MWDS = 1 * 4 / 1 = 4
                List.of(CAFE, "digital_skills", "3", "4")), false);

        ShowGapMatrix.Result result = sesi.competence().showGapMatrix().matrix();

        assertThat(result.matrix().enterprises()).extracting(OrganisationNumber::formatted).containsExactly(GRONA, CAFE);
        assertThat(result.name(OrganisationNumber.parse(CAFE))).isEqualTo("Café Fjällsippan ek. för.");
        assertThat(result.matrix().gap(OrganisationNumber.parse(GRONA), CompetenceKey.parse("creativity")))
                .hasValue(-1);
        assertThat(result.ranked()).extracting(CompetenceKey::value)
                .containsExactly("public_procurement", "digital_skills", "creativity");
        assertThat(sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.COMPETENCE_MAPPING).findFirst().orElseThrow().actual())
                .isEqualTo(2);
    }
}
