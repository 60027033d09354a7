package se.coompanion.sesi.adapters.cli.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.adapters.cli.survey.SurveyFixture.ENTRY;
import static se.coompanion.sesi.adapters.cli.survey.SurveyFixture.ENTRY_2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;
import se.coompanion.sesi.adapters.documents.render.TimeText;

/** The data-entry commands end to end, with the documented example files. */
class EntryCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;
    private SurveyFixture survey;

    @BeforeEach
    void mailed() {
        sesi = new SesiCli(directory);
        survey = new SurveyFixture(sesi).mailed(directory);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void the_example_file_is_keyed_and_sets_the_dispositions() {
        SesiCli.Result imported = survey.en("survey", "entry", "import", ENTRY.toString(), "--user", "anna",
                "--date", "2024-03-25");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Imported 7 of 7 rows", "Pass 1: 6 complete, 1 partial.",
                "Dispositions recorded: COMPLETE 6, PARTIAL 1.",
                "The keyed forms now: 7 in the analysis.",
                ENTRY + ":7: S-0009-2: partial: left empty though required: stodstruktur");
        assertThat(survey.ok("survey", "frame", "list", "--format", "csv").out())
                .contains("S-0009-2,802480-0123,Föreningen Ådalens Återbruk,IDEELL_FORENING,2280,PARTIAL")
                .contains("S-0001-3,769620-0018,Ljustorps Bygdeservice ekonomisk förening,EKONOMISK_FORENING,2281,"
                        + "COMPLETE");
        assertThat(survey.ok("survey", "unit", "S-0001-3").out()).contains("2024-03-25", "dataregistrering");
        assertThat(survey.ok("survey", "entry", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "response_id,pass1,pass2,questionnaire_version,completeness,state,open_disagreements",
                "S-0001-3,true,false,1,COMPLETE,USABLE,0", "S-0002-1,true,false,1,COMPLETE,USABLE,0",
                "S-0003-7,true,false,1,COMPLETE,USABLE,0", "S-0005-9,true,false,1,COMPLETE,USABLE,0",
                "S-0007-6,true,false,1,COMPLETE,USABLE,0", "S-0009-2,true,false,1,PARTIAL,USABLE,0",
                "S-0010-1,true,false,1,COMPLETE,USABLE,0");
        assertThat(survey.en("status").out()).contains("7 returned forms keyed, 7 in the analysis");

        SesiCli.Result again = survey.en("survey", "entry", "import", ENTRY.toString());
        assertThat(again.out()).contains("was already imported");
    }

    @Test
    void a_bad_file_is_reported_line_by_line_by_variable_with_exit_2_and_nothing_is_stored() throws IOException {
        Path bad = file("fel.csv", """
                response_id,naringsverksamhet,bildad_ar,anstallda,omsattning,verksamhet,verksamhet_annat,\
                behov_finansiering,behov_upphandling,behov_handledning,stod_onskat,stod_idag,stod_fran,stodstruktur,\
                varfor_inte,ledamoter,ledamoter_kvinnor,ifylld
                S-0001-4,1,1998,4,,1,,4,3,4,,1,,1,,5,3,
                S-0002-1,2,2009,1,,5,,3,2,,,2,,2,,3,1,
                S-0003-7,1,1987,0,,3|8,,6,4,,,1,,1,,7,4,2024-13-01
                S-0005-9,1,2004,22,,1,,5,5,5,,1,,1,,6,4,
                S-0005-9,1,2004,22,,1,,5,5,5,,1,,1,,6,4,
                """);

        SesiCli.Result result = survey.en("survey", "entry", "import", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines().toList()).containsExactly(
                bad + ":2: response_id: Response id S-0001-4: the check digit does not match: a digit is mistyped "
                        + "or two digits are swapped; check the id on the form",
                bad + ":3: anstallda: answered, but the form skips this question here: its condition "
                        + "[naringsverksamhet] = '1' does not hold ([naringsverksamhet] = '2'); leave it empty if the "
                        + "respondent answered a question the form told them to skip, or check the answer it depends "
                        + "on",
                bad + ":4: verksamhet: '8' is not an answer code of the question: its codes are 1 Arbetsintegrering, "
                        + "2 Omsorg, vård och stöd, 3 Kultur och fritid, 4 Service på landsbygden, 5 Energi, bredband "
                        + "och infrastruktur, 6 Utbildning, 7 Annat område (3|8)",
                bad + ":4: behov_finansiering: '6' is not an answer code of the question: its codes are 1 Instämmer "
                        + "inte alls, 2 Instämmer till liten del, 3 Instämmer delvis, 4 Instämmer till stor del, 5 "
                        + "Instämmer helt, 9 Vet ej",
                bad + ":4: ifylld: '2024-13-01' is not a date: write yyyy-mm-dd, for example 2024-03-18",
                bad + ":6: S-0005-9 appears again: the first row with it is line 5");
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(survey.ok("survey", "entry", "list", "--format", "csv").out().lines()).hasSize(1);

        Path rejects = directory.resolve("avvisade.csv");
        SesiCli.Result skipped = survey.en("survey", "entry", "import", bad.toString(), "--skip-invalid",
                "--rejects", rejects.toString());
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(skipped.out()).contains("Imported 1 of 5 rows", "4 rows rejected");
        assertThat(rejects).content().startsWith("line,problems,response_id,naringsverksamhet");
    }

    @Test
    void one_form_is_keyed_from_paper_with_the_same_checks() {
        SesiCli.Result wrong = survey.en("survey", "entry", "add", "S-0001-3", "naringsverksamhet=2", "anstallda=4",
                "verksamhet=1", "behov_finansiering=4", "behov_upphandling=3", "stodstruktur");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wrong.err()).contains("VARIABLE=VALUE: write each answer as VARIABLE=VALUE");

        SesiCli.Result hidden = survey.en("survey", "entry", "add", "S-0001-3", "naringsverksamhet=2", "anstallda=4",
                "verksamhet=1", "behov_finansiering=4", "behov_upphandling=3", "stodstruktur=1");
        assertThat(hidden.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(hidden.err()).startsWith("anstallda: answered, but the form skips this question here: its condition "
                + "[naringsverksamhet] = '1' does not hold");

        SesiCli.Result added = survey.en("survey", "entry", "add", "S-0001-3", "naringsverksamhet=1", "anstallda=4",
                "verksamhet=1|4", "behov_finansiering=4", "behov_upphandling=3", "stodstruktur=1", "--user", "anna");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        // Shown: 13 questions (verksamhet_annat, stod_fran, varfor_inte, ledamoter_kvinnor skipped); 6 answered.
        assertThat(added.out()).contains("S-0001-3: pass 1 keyed against questionnaire version 1: complete, 6 of 13 "
                + "shown questions answered.", "Disposition recorded: COMPLETE.",
                "State of the form: in the analysis.");

        assertThat(survey.en("survey", "entry", "add", "S-0001-3", "naringsverksamhet=1").exitCode())
                .as("already keyed in pass 1").isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(survey.en("survey", "entry", "add", "S-0099-9", "naringsverksamhet=1").err())
                .contains("No unit of the survey population has the response id S-0099-9");
    }

    @Test
    void double_entry_compares_the_passes_and_resolutions_let_the_forms_in() {
        survey.ok("survey", "entry", "import", ENTRY.toString(), "--user", "anna");
        survey.ok("survey", "entry", "import", ENTRY_2.toString(), "--pass", "2", "--user", "bo");

        SesiCli.Result csv = survey.en("survey", "entry", "compare", "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly("response_id,variable,pass1,pass2",
                "S-0001-3,anstallda,4,14", "S-0003-7,stod_fran,Almi,ALMI", "S-0005-9,ledamoter_kvinnor,4,3");
        // 3 forms keyed twice x 17 questions = 51 fields; 3 differ, 48 agree: 48 / 51 = 94.1 %.
        assertThat(csv.err()).contains("Agreement: 48 of 51 fields (94.1 %) in 3 forms keyed twice; 3 "
                + "disagreements, 0 resolved, 3 open.");
        assertThat(survey.ok("survey", "entry", "list", "--format", "csv").out())
                .contains("S-0001-3,true,true,1,COMPLETE,OPEN_DISAGREEMENTS,1");

        SesiCli.Result resolved = survey.en("survey", "entry", "resolve", "S-0001-3", "anstallda", "4", "--user",
                "cecilia");
        assertThat(resolved.exitCode()).as(resolved.toString()).isZero();
        assertThat(resolved.out()).contains("S-0001-3 anstallda: 4 recorded by cecilia.",
                "It resolves the disagreement pass 1 4 / pass 2 14.", "State of the form: in the analysis.");
        assertThat(survey.en("survey", "entry", "compare", "--open", "--format", "csv").out().lines().toList())
                .containsExactly("response_id,variable,pass1,pass2", "S-0003-7,stod_fran,Almi,ALMI",
                        "S-0005-9,ledamoter_kvinnor,4,3");
        SesiCli.Result people = survey.en("survey", "entry", "compare");
        assertThat(people.out()).contains("cecilia", "(open)", "Agreement: 48 of 51 fields (94.1 %)",
                "1 resolved, 2 open", "4 forms keyed in pass 1 only and 0 in pass 2 only (double entry is off");
        assertThat(survey.en("survey", "entry", "resolve", "S-0003-7", "stod_fran", "Almi").exitCode()).isZero();
        assertThat(survey.en("survey", "entry", "resolve", "S-0003-7", "behov_finansiering", "7").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(survey.en("survey", "entry", "resolve", "S-0004-5", "behov_finansiering", "3").exitCode())
                .as("no keyed form").isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void the_setting_switches_double_entry_and_the_forms_follow() {
        survey.ok("survey", "entry", "import", ENTRY.toString(), "--user", "anna");

        SesiCli.Result on = survey.en("survey", "entry", "settings", "--double-entry", "on", "--user", "anna");
        assertThat(on.exitCode()).as(on.toString()).isZero();
        assertThat(on.out()).contains("Double entry: on", "Last changed by anna at " + TimeText.minutes(SesiCli.CLOCK.instant()) + ".",
                "Keyed forms: 7 awaiting the second pass.");
        assertThat(survey.en("survey", "results", "stodstruktur", "--format", "csv").out())
                .contains("stodstruktur,all,N,,0,");
        assertThat(survey.en("survey", "entry", "settings", "--double-entry", "maybe").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(survey.en("survey", "entry", "settings", "--double-entry", "off").out())
                .contains("Double entry: off", "7 in the analysis");
    }

    @Test
    void a_final_disposition_by_hand_stops_a_form_until_it_is_changed_on_purpose() {
        survey.ok("survey", "disposition", "S-0001-3", "REFUSAL", "--date", "2024-03-12");

        SesiCli.Result refused = survey.en("survey", "entry", "add", "S-0001-3", "naringsverksamhet=1",
                "anstallda=4", "verksamhet=1", "behov_finansiering=4", "behov_upphandling=3", "stodstruktur=1");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("S-0001-3 is REFUSAL since 2024-03-12, recorded by hand",
                "sesi survey disposition S-0001-3 COMPLETE --replace");
    }

    @Test
    void keyed_forms_resolutions_and_results_survive_a_backup_and_restore() {
        survey.ok("survey", "entry", "import", ENTRY.toString(), "--user", "anna");
        survey.ok("survey", "entry", "import", ENTRY_2.toString(), "--pass", "2", "--user", "bo");
        survey.ok("survey", "entry", "resolve", "S-0001-3", "anstallda", "4", "--user", "cecilia");
        survey.ok("survey", "entry", "settings", "--double-entry", "on", "--user", "anna");
        Path backup = directory.resolve("backup.zip");
        String restored = directory.resolve("restored").resolve("sesi").toString();

        survey.ok("db", "backup", backup.toString());
        survey.ok("--db", restored, "db", "restore", backup.toString());

        for (String[] listing : List.of(new String[] {"survey", "entry", "list", "--format", "csv"},
                new String[] {"survey", "entry", "compare"}, new String[] {"survey", "entry", "settings"},
                new String[] {"survey", "results", "--by", "county", "--format", "csv"},
                new String[] {"survey", "unit", "S-0009-2"})) {
            String[] there = new String[listing.length + 2];
            there[0] = "--db";
            there[1] = restored;
            System.arraycopy(listing, 0, there, 2, listing.length);
            assertThat(survey.ok(there).out()).as(String.join(" ", listing)).isEqualTo(survey.ok(listing).out());
        }
        survey.ok("--db", restored, "survey", "entry", "resolve", "S-0001-3", "anstallda", "14", "--user", "david");
        assertThat(survey.ok("--db", restored, "survey", "entry", "compare").out())
                .as("a resolution after the restore is the latest").contains("david");
    }

    @Test
    void every_entry_command_has_help_in_both_languages() {
        for (String[] command : List.of(new String[] {"survey", "entry"}, new String[] {"survey", "entry", "import"},
                new String[] {"survey", "entry", "add"}, new String[] {"survey", "entry", "list"},
                new String[] {"survey", "entry", "settings"}, new String[] {"survey", "entry", "compare"},
                new String[] {"survey", "entry", "resolve"}, new String[] {"survey", "results"},
                new String[] {"survey", "export"})) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            SesiCli.Result swedish = sesi.run(help);
            SesiCli.Result english = survey.en(help);
            assertThat(swedish.exitCode()).isZero();
            assertThat(swedish.out()).as(String.join(" ", command)).contains("Användning:").doesNotContain("sesi.survey")
                    .doesNotContainPattern("(?m)^\\s{6,}[a-z]+\\.[a-zA-Z.]+$");
            assertThat(english.out()).as(String.join(" ", command)).contains("Usage:").doesNotContain("sesi.survey");
        }
        assertThat(sesi.run("survey", "entry", "import", "--help").out()).contains("--pass", "--skip-invalid",
                "Filens teckenkodning", "--user");
    }
}
