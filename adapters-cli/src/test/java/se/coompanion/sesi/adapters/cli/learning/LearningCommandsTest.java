package se.coompanion.sesi.adapters.cli.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * {@code sesi learning} end to end, with the documented evaluation file (docs/examples/utvardering.csv). Version 1 is
 * made on 2024-01-08 with M1 (three objectives) and M2 (two), piloted on 2024-01-30 with three participants; the
 * command line's clock says 2024-05-02.
 */
class LearningCommandsTest {

    static final Path EXAMPLE = Path.of("..", "docs", "examples", "utvardering.csv");

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void a_version_with_two_modules_piloted_once() {
        sesi = new SesiCli(directory);
        sesi.ok("init");
        sesi.ok("learning", "version", "create", "--title", "Socialt företagande i praktiken", "--date", "2024-01-08");
        sesi.ok("learning", "module", "add", "--title", "Sociala hänsyn i upphandling", "--objective",
                "Förklara reserverade kontrakt", "--objective", "Läsa ett förfrågningsunderlag", "--objective",
                "Skriva ett anbud", "--competence", "public_procurement", "--delivery", "BLENDED", "--hours", "6",
                "--accessibility", "Hörslinga");
        sesi.ok("learning", "module", "add", "--title", "Finansiering", "--objective", "Känna till källor",
                "--objective", "Skriva en ansökan", "--competence", "financing_and_grants,financial_management",
                "--delivery", "classroom", "--hours", "2,5");
        sesi.ok("learning", "pilot", "add", "--date", "2024-01-30", "--women", "2", "--men", "1", "--place",
                "Sundsvall");
    }

    @Test
    void the_documented_evaluations_import_and_give_reaction_and_gain_with_n() {
        SesiCli.Result imported = sesi.ok("--lang", "en", "learning", "evaluate", "import", EXAMPLE.toString());

        assertThat(imported.out()).contains("Imported 6 of 6 rows");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("LEARNING_PROGRAMME,1,1,PILOT_RUNS,100.0,DONE");
        // M1 satisfaction 5, 4, 5: N = 3, mean 14 / 3 = 4.67; relevance 5, 5, 4: 14 / 3 = 4.67
        // M2 satisfaction 4, 4, 3: N = 3, mean 11 / 3 = 3.67; relevance 4, 5 (P03 left it blank): N = 2, 9 / 2 = 4.50
        assertThat(sesi.ok("learning", "results", "reaction", "--format", "csv").out().lines().toList())
                .containsExactly("version,module,title,satisfaction_n,satisfaction_mean,relevance_n,relevance_mean",
                        "1,M1,Sociala hänsyn i upphandling,3,4.67,3,4.67",
                        "1,M2,Finansiering,3,3.67,2,4.50");
        // M1 objective 2: before 1, 2, 3 (mean 2); after 4, 3, 4 (mean 11 / 3 = 3.67); gains 3, 1, 1: 5 / 3 = 1.67
        assertThat(sesi.ok("learning", "results", "gain", "--format", "csv").out().lines().toList())
                .containsExactly("version,module,objective,text,n,before_mean,after_mean,gain_mean",
                        "1,M1,1,Förklara reserverade kontrakt,3,2.00,4.00,2.00",
                        "1,M1,2,Läsa ett förfrågningsunderlag,3,2.00,3.67,1.67",
                        "1,M1,3,Skriva ett anbud,3,2.00,4.00,2.00",
                        "1,M2,1,Känna till källor,3,2.00,3.67,1.67",
                        "1,M2,2,Skriva en ansökan,3,2.00,4.00,2.00");
        assertThat(sesi.ok("learning", "evaluate", "list", "--format", "csv").out().lines().toList()).startsWith(
                "pilot,participant,module,satisfaction,relevance,objectives,mean_before,mean_after,mean_gain,"
                        + "follow_up_planned,follow_up_done,applied",
                "1,P01,M1,5,5,3,2.00,4.33,2.33,2024-05-07,,");
        assertThat(sesi.ok("learning", "pilot", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "pilot,version,date,modules,participants,women,men,non_binary,not_stated,evaluations,"
                        + "evaluated_participants,evaluated",
                "1,1,2024-01-30,M1|M2,3,2,1,0,0,6,3,true");
        SesiCli.Result forPeople = sesi.ok("--lang", "en", "learning", "results");
        assertThat(forPeople.out()).contains("Results of version 1 (Socialt företagande i praktiken) over 1 pilot "
                + "run", "Level 1, reaction", "Level 2, learning", "Level 3, behaviour", "Coverage of the top-5",
                "No competence ratings yet");
        assertThat(sesi.run("learning", "results", "--format", "csv").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.ok("--lang", "en", "learning", "evaluate", "import", EXAMPLE.toString()).out())
                .as("the same file again").contains("already");
    }

    @Test
    void follow_ups_are_planned_in_the_window_and_recorded_when_done() {
        sesi.ok("learning", "evaluate", "import", EXAMPLE.toString());

        SesiCli.Result outside = sesi.run("--lang", "en", "learning", "evaluate", "followup", "1", "P02",
                "--planned", "2024-08-01");
        SesiCli.Result done = sesi.ok("--lang", "en", "learning", "evaluate", "followup", "1", "p02", "--module",
                "M1", "--done", "2024-05-02", "--applied", "delvis", "--note", "Använder anbudsmallen");
        SesiCli.Result unknown = sesi.run("learning", "evaluate", "followup", "1", "P09", "--planned", "2024-06-01");

        assertThat(outside.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(outside.err()).contains("from 2024-04-30 to 2024-07-30");
        assertThat(done.out()).contains("Follow-up recorded for 1 evaluation of pilot run 1, participant P02")
                .doesNotContain("outside the window");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(sesi.ok("learning", "evaluate", "list", "--format", "csv").out())
                .contains("1,P02,M1,4,5,3,2.00,3.67,1.67,2024-05-14,2024-05-02,PARTLY");
        assertThat(sesi.ok("learning", "results", "followup", "--format", "csv").out().lines().toList())
                .containsExactly("version,evaluations,planned,done,applied_yes,applied_partly,applied_no",
                        "1,6,3,1,0,1,0");
    }

    @Test
    void a_piloted_version_is_locked_and_the_next_version_says_what_changed_and_why() {
        SesiCli.Result locked = sesi.run("--lang", "en", "learning", "module", "add", "--title", "Ny", "--objective",
                "Mål", "--delivery", "DIGITAL", "--hours", "1");
        SesiCli.Result noReason = sesi.run("--lang", "en", "learning", "version", "create", "--changes", "Kortare");
        sesi.ok("learning", "version", "create", "--changes", "M2 blir digital; ny modul om effektmätning",
                "--reason", "Piloten: deltagarna ville öva mer", "--date", "2024-03-05");
        sesi.ok("learning", "module", "change", "m2", "--delivery", "DIGITAL", "--hours", "2");
        sesi.ok("learning", "module", "add", "--title", "Effektmätning", "--objective", "Välja indikatorer",
                "--competence", "impact_measurement", "--delivery", "CLASSROOM", "--hours", "3");
        SesiCli.Result badCompetence = sesi.run("--lang", "en", "learning", "module", "add", "--title", "X",
                "--objective", "Y", "--competence", "upphandling", "--delivery", "CLASSROOM", "--hours", "1");

        assertThat(locked.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(locked.err()).contains("Version 1 has been piloted");
        assertThat(noReason.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badCompetence.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badCompetence.err()).contains("competences: ");
        assertThat(sesi.ok("learning", "version", "show", "--format", "csv").out().lines().toList()).containsExactly(
                "module,change,title,delivery,hours,competences,objectives",
                "M1,CARRIED_OVER,Sociala hänsyn i upphandling,BLENDED,6.00,public_procurement,3",
                "M2,CHANGED,Finansiering,DIGITAL,2.00,financial_management|financing_and_grants,2",
                "M3,NEW,Effektmätning,CLASSROOM,3.00,impact_measurement,1");
        assertThat(sesi.ok("learning", "version", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "version,title,created_on,modules,hours,pilots,evaluated_pilots,changes,reason",
                "1,Socialt företagande i praktiken,2024-01-08,2,8.50,1,0,,",
                "2,Socialt företagande i praktiken,2024-03-05,3,11.00,0,0,M2 blir digital; ny modul om effektmätning,"
                        + "Piloten: deltagarna ville öva mer");
        assertThat(sesi.ok("learning", "module", "list", "--programme-version", "1", "--format", "csv").out().lines()
                .toList())
                .containsExactly("version,module,title,delivery,hours,competences,objectives,adaptations",
                        "1,M1,Sociala hänsyn i upphandling,BLENDED,6.00,public_procurement,"
                                + "Förklara reserverade kontrakt | Läsa ett förfrågningsunderlag | Skriva ett anbud,"
                                + "Hörslinga",
                        "1,M2,Finansiering,CLASSROOM,2.50,financial_management|financing_and_grants,"
                                + "Känna till källor | Skriva en ansökan,");
    }

    @Test
    void bad_evaluation_rows_are_reported_with_file_and_line_and_nothing_is_stored() throws Exception {
        Path bad = directory.resolve("fel.csv");
        Files.writeString(bad, "pilot,participant,module,satisfaction,relevance,before_1,after_1\n"
                + "1,P01,M1,5,4,2,4\n"
                + "1,P02,M9,5,4,2,4\n"
                + "2,P03,M1,5,4,2,4\n"
                + "1,P04,M2,7,4,2,\n");

        SesiCli.Result result = sesi.run("--lang", "en", "learning", "evaluate", "import", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains(bad + ":3: modul/module: module M9 was not given in pilot run 1",
                bad + ":4: pilot: pilot run 2 does not exist",
                bad + ":5: nöjdhet/satisfaction: Satisfaction 7: must be a whole number from 1 to 5",
                bad + ":5: efter_1/after_1: objective 1: give both the level before and the level after, or neither");
        assertThat(sesi.ok("learning", "evaluate", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void the_coverage_names_the_top_gaps_and_the_modules_addressing_them() throws Exception {
        sesi.ok("actor", "add", "--name", "Gröna händer ek. för.", "--org-number", "769637-4128", "--role",
                "WORK_INTEGRATION_SOCIAL_ENTERPRISE");
        Path ratings = directory.resolve("kompetens.csv");
        Files.writeString(ratings, "organisationsnummer,kompetens,nuvarande,behov\n"
                + "769637-4128,public_procurement,1,5\n"
                + "769637-4128,impact_measurement,2,5\n"
                + "769637-4128,digital_skills,3,4\n");
        sesi.ok("competence", "import", ratings.toString());

        // MWDS = gap x required / 1: public_procurement 4 x 5 = 20, impact_measurement 3 x 5 = 15, digital 1 x 4 = 4
        assertThat(sesi.ok("learning", "results", "coverage", "--format", "csv").out().lines().toList())
                .containsExactly("rank,competence,name,n,mwds,modules,covered",
                        "1,public_procurement,Offentlig upphandling och reserverade kontrakt,1,20.00,M1,true",
                        "2,impact_measurement,Effektmätning,1,15.00,,false",
                        "3,digital_skills,Digital kompetens,1,4.00,,false");
    }

    @Test
    void every_learning_command_has_help_in_both_languages() {
        sesi.assertHelpInBothLanguages("(version|module|pilot|evaluate|followup|results)\\.[a-zA-Z]",
                new String[][] {{"learning"}, {"learning", "version"}, {"learning", "version", "create"},
                    {"learning", "version", "list"}, {"learning", "version", "show"}, {"learning", "module"},
                    {"learning", "module", "add"}, {"learning", "module", "change"}, {"learning", "module", "remove"},
                    {"learning", "module", "list"}, {"learning", "pilot"}, {"learning", "pilot", "add"},
                    {"learning", "pilot", "list"}, {"learning", "evaluate"}, {"learning", "evaluate", "import"},
                    {"learning", "evaluate", "list"}, {"learning", "evaluate", "followup"},
                    {"learning", "results"}});
    }
}
