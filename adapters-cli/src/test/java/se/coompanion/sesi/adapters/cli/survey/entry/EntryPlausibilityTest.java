package se.coompanion.sesi.adapters.cli.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;

/**
 * Issue 22, "also seen": data entry accepted more women on the board than board members, and a form filled in before
 * the questionnaire was mailed. The SESI questionnaire now bounds both by the dictionary's min and max
 * ({@code ledamoter_kvinnor} at most {@code [ledamoter]}, {@code ifylld} from {@code sent} to {@code received}), and a
 * form that breaks them is refused with a clear message, keyed by hand or in a file.
 */
class EntryPlausibilityTest {

    private static final String HEADER = "response_id,naringsverksamhet,bildad_ar,anstallda,omsattning,verksamhet,"
            + "verksamhet_annat,behov_finansiering,behov_upphandling,behov_handledning,stod_onskat,stod_idag,stod_fran,"
            + "stodstruktur,varfor_inte,ledamoter,ledamoter_kvinnor,ifylld\n";

    @TempDir
    Path directory;

    private SurveyFixture survey;

    @BeforeEach
    void mailed() {
        survey = new SurveyFixture(new SesiCli(directory)).mailed(directory);
    }

    @Test
    void more_women_on_the_board_than_members_is_refused() throws Exception {
        SesiCli.Result added = survey.en("survey", "entry", "add", "S-0002-1", "naringsverksamhet=1",
                "verksamhet=5", "behov_finansiering=3", "behov_upphandling=2", "stodstruktur=2", "ledamoter=3",
                "ledamoter_kvinnor=5", "--user", "anna", "--date", "2024-03-25");
        Path file = Files.writeString(directory.resolve("inmatning.csv"), HEADER
                + "S-0002-1,1,2009,1,\"1,2\",5,,3,2,2,1|4,2,,2,,3,5,2024-03-15\n", StandardCharsets.UTF_8);
        SesiCli.Result imported = survey.en("survey", "entry", "import", file.toString(), "--user", "anna",
                "--date", "2024-03-25");

        assertThat(added.exitCode()).as(added.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(added.err()).contains("ledamoter_kvinnor: 5 is more than the answer to ledamoter (3)");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(imported.err()).contains(file + ":2: ledamoter_kvinnor: 5 is more than the answer to ledamoter (3)");
        assertThat(survey.ok("survey", "entry", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void a_form_filled_in_before_the_questionnaire_was_mailed_or_after_it_came_back_is_refused() {
        SesiCli.Result early = survey.en("survey", "entry", "add", "S-0002-1", "naringsverksamhet=1",
                "verksamhet=5", "behov_finansiering=3", "behov_upphandling=2", "stodstruktur=2", "ifylld=2024-03-01",
                "--user", "anna", "--date", "2024-03-25");
        SesiCli.Result late = survey.en("survey", "entry", "add", "S-0002-1", "naringsverksamhet=1",
                "verksamhet=5", "behov_finansiering=3", "behov_upphandling=2", "stodstruktur=2", "ifylld=2024-03-28",
                "--user", "anna", "--date", "2024-03-25");
        SesiCli.Result right = survey.en("survey", "entry", "add", "S-0002-1", "naringsverksamhet=1",
                "verksamhet=5", "behov_finansiering=3", "behov_upphandling=2", "stodstruktur=2", "ifylld=2024-03-15",
                "ledamoter=3", "ledamoter_kvinnor=3", "--user", "anna", "--date", "2024-03-25");

        assertThat(early.exitCode()).as(early.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(early.err()).contains("ifylld: 2024-03-01 is before the questionnaire was sent to the unit "
                + "(2024-03-11)");
        assertThat(late.exitCode()).as(late.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(late.err()).contains("ifylld: 2024-03-28 is after the form came back (2024-03-25)");
        assertThat(right.exitCode()).as(right.toString()).isZero();
    }

    @Test
    void a_bound_that_names_a_later_question_or_another_kind_is_refused_when_the_questionnaire_is_loaded()
            throws Exception {
        Path dictionary = Files.writeString(directory.resolve("enkat.csv"), """
                variable,label,type,min,max
                kvinnor,Hur många är kvinnor?,INTEGER,0,[ledamoter]
                ledamoter,Hur många ledamöter?,INTEGER,1,50
                namn,Vad heter föreningen?,TEXT,,
                datum,Datum,DATE,[namn],received
                """, StandardCharsets.UTF_8);

        SesiCli.Result loaded = survey.en("survey", "questionnaire", "load", dictionary.toString());

        assertThat(loaded.exitCode()).as(loaded.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(loaded.err()).contains(dictionary + ":2: max: [ledamoter] is question 2, which does not come "
                + "before this one (question 1)").contains(dictionary + ":5: min: [namn] is a TEXT question");
    }

    @Test
    void a_label_with_a_line_break_or_an_invisible_character_is_refused_when_the_questionnaire_is_loaded()
            throws Exception {
        Path dictionary = Files.writeString(directory.resolve("enkat.csv"), "variable,label,type,choices\n"
                + "q1,\"Två\nrader\",INTEGER,\n"
                + "q2,Vänd\u202Etext,INTEGER,\n"
                + "q3,Fråga,SINGLE,\"1, Ja | 2, Ne\tj\"\n", StandardCharsets.UTF_8);

        SesiCli.Result loaded = survey.en("survey", "questionnaire", "load", dictionary.toString());

        assertThat(loaded.exitCode()).as(loaded.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(loaded.err()).contains(dictionary + ":2: fragetext/label: The label holds the control character "
                + "U+000A").contains(dictionary + ":4: fragetext/label: holds the invisible character U+202E")
                .contains(dictionary + ":5: ").contains("U+0009");
    }
}
