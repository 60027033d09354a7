package se.coompanion.sesi.adapters.cli.survey;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The survey commands end to end, against a database in a temporary directory. */
class SurveyCommandsTest {

    /** The documented examples (docs/examples), which these tests keep honest. */
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final Path QUESTIONNAIRE = EXAMPLES.resolve("sesi-enkat.csv");
    static final Path FRAME = EXAMPLES.resolve("urvalsram.csv");
    static final Path FRAME_1252 = EXAMPLES.resolve("urvalsram-windows-1252.csv");

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void init() {
        sesi = new SesiCli(directory);
        assertThat(sesi.run("init").exitCode()).isZero();
    }

    private SesiCli.Result ok(String... args) {
        SesiCli.Result result = sesi.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private SesiCli.Result en(String... args) {
        String[] withLanguage = new String[args.length + 2];
        withLanguage[0] = "--lang";
        withLanguage[1] = "en";
        System.arraycopy(args, 0, withLanguage, 2, args.length);
        return sesi.run(withLanguage);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void loadAndImportExamples() {
        ok("survey", "questionnaire", "load", QUESTIONNAIRE.toString());
        ok("survey", "frame", "import", FRAME.toString());
        ok("survey", "frame", "import", FRAME_1252.toString());
    }

    @Test
    void the_example_questionnaire_loads_and_its_csv_is_a_dictionary_that_loads_back_as_the_same() throws IOException {
        SesiCli.Result load = en("survey", "questionnaire", "load", QUESTIONNAIRE.toString());
        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(load.out()).contains("Loaded questionnaire version 1", "questions 17, sections 5",
                "questions with a show-if condition 7");

        SesiCli.Result csv = ok("survey", "questionnaire", "show", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).contains("variable,section,label,type,choices,required,min,max,show_if");
        assertThat(csv.out()).contains("verksamhet_annat,Om föreningen,\"Annat område, nämligen:\",TEXT,,false,,,"
                + "[verksamhet(7)] = '1'");
        Path exported = file("export.csv", csv.out());

        SesiCli.Result again = en("survey", "questionnaire", "load", exported.toString());
        assertThat(again.out()).contains("has the same questions as version 1: nothing changed");
        assertThat(ok("survey", "questionnaire", "versions", "--format", "csv").out().lines().toList())
                .hasSize(2).first().isEqualTo("version,loaded_at,source,questions,conditional");
    }

    @Test
    void a_wrong_dictionary_reports_every_problem_with_file_line_and_column_and_stores_nothing() throws IOException {
        Path bad = file("bad.csv", """
                variable,label,type,choices,show_if
                q1,Har föreningen anställda?,SINGLE,"1, Ja | 2, Nej",
                q2,Hur många?,INTEGER,,[q1] = '3'
                q3,Varför?,TEXT,,[q4] = '1'
                """);

        SesiCli.Result load = en("survey", "questionnaire", "load", bad.toString());

        assertThat(load.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(load.err().lines().toList()).containsExactly(
                bad + ":3: visa_om/show_if: [q1] has no answer code '3' (its codes: 1, 2) ([q1] = '3')",
                bad + ":4: visa_om/show_if: [q4] is not a variable of the questionnaire ([q4] = '1')");
        assertThat(en("survey", "questionnaire", "show").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void both_example_frames_import_and_the_population_is_listed_with_the_fixed_header() {
        SesiCli.Result first = ok("survey", "frame", "import", FRAME.toString());
        assertThat(first.out()).contains("Importerade 10 av 10 rader",
                "7 enheter ingår i populationen, svars-id S-0001-3 till S-0007-6.",
                FRAME + ":6: 802480-0057 Hembygdsföreningen Liden: ideell förening utan näringsverksamhet",
                FRAME + ":7: 556480-0067 Timrå Bygg och Service AB: juridisk form som inte ingår",
                FRAME + ":8: 769620-0075 Umeå Arbetskooperativ ek. för.: utanför förstudiens region");
        SesiCli.Result windows = ok("survey", "frame", "import", FRAME_1252.toString());
        assertThat(windows.out()).contains("svars-id S-0008-4 till S-0011-7", "Sollefteå Idrottsförening");

        List<String> csv = ok("survey", "frame", "list", "--format", "csv").out().lines().toList();
        assertThat(csv).hasSize(12);
        assertThat(csv.get(0)).isEqualTo("response_id,org_number,name,legal_form,municipality_code,disposition");
        assertThat(csv.get(1)).isEqualTo("S-0001-3,769620-0018,Ljustorps Bygdeservice ekonomisk förening,"
                + "EKONOMISK_FORENING,2281,UNKNOWN_NO_RETURN");
        assertThat(csv.get(10)).isEqualTo("S-0010-1,769620-0141,Övik Energi och Bredband ek. för.,EKONOMISK_FORENING,"
                + "2284,UNKNOWN_NO_RETURN");

        List<String> excluded = ok("survey", "frame", "excluded", "--format", "csv").out().lines().toList();
        assertThat(excluded).containsExactly(
                "source,line,org_number,name,legal_form,business_activity,municipality_code,reasons",
                FRAME + ",6,802480-0057,Hembygdsföreningen Liden,IDEELL_FORENING,NO,2281,NO_BUSINESS_ACTIVITY",
                FRAME + ",7,556480-0067,Timrå Bygg och Service AB,AKTIEBOLAG,YES,2262,LEGAL_FORM",
                FRAME + ",8,769620-0075,Umeå Arbetskooperativ ek. för.,EKONOMISK_FORENING,YES,2480,OUTSIDE_REGION",
                FRAME_1252 + ",4,802480-0131,Sollefteå Idrottsförening,IDEELL_FORENING,NO,2283,NO_BUSINESS_ACTIVITY");
        assertThat(ok("survey", "frame", "list").out()).contains("11 enheter i populationen (15 rader i ramen, "
                + "4 utanför populationen)", "Svars-id", "inget svar");
    }

    @Test
    void the_same_frame_twice_stores_nothing_new() {
        ok("survey", "frame", "import", FRAME.toString());

        SesiCli.Result again = en("survey", "frame", "import", FRAME.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("was already imported").doesNotContain("survey population");
        assertThat(ok("survey", "frame", "list", "--format", "csv").out().lines()).hasSize(8);
    }

    @Test
    void a_bad_frame_is_reported_row_by_row_with_exit_2_and_nothing_is_stored() throws IOException {
        Path bad = file("ram.csv", """
                organisationsnummer;namn;juridisk_form;utdelningsadress;postnummer;postort;kommunkod
                769620-0018;Förening A;51;Storgatan 1;852 30;Sundsvall;2281
                769620-0019;Förening B;Kooperativ;Storgatan 2;85230x;Sundsvall;2281
                769620-0018;Förening C;51;;852 30;Sundsvall;9999
                """);

        SesiCli.Result result = en("survey", "frame", "import", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines().toList()).containsExactly(
                bad + ":3: organisationsnummer/org_number: Organisationsnummer 769620-0019: check digit should be 8",
                bad + ":3: juridisk_form/legal_form: Legal form Kooperativ: give a JURFORM code or a name: 49 "
                        + "Aktiebolag, 49 Aktiebolag med särskild vinstutdelningsbegränsning, 51 Ekonomisk förening, 53 "
                        + "Bostadsrättsförening, 54 Kooperativ hyresrättsförening, 61 Ideell förening, 72 Stiftelse, 82 "
                        + "Kommun, Region, Statlig myndighet, Handelsbolag, Enskild firma, Annan",
                bad + ":3: postnummer/postal_code: Postal code 85230x: write five digits as NNN NN, the first not 0 "
                        + "(for example 852 33)",
                bad + ":4: utdelningsadress/street: a value is required",
                bad + ":4: kommunkod/municipality_code: Municipality code 9999: not one of the 290 Swedish "
                        + "municipality codes");
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(ok("survey", "frame", "list", "--format", "csv").out().lines()).hasSize(1);

        Path rejects = directory.resolve("avvisade.csv");
        SesiCli.Result skipped = en("survey", "frame", "import", bad.toString(), "--skip-invalid", "--rejects",
                rejects.toString());
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(skipped.out()).contains("Imported 1 of 3 rows", "2 rows rejected");
        assertThat(rejects).content().startsWith("line,problems,organisationsnummer,namn");
        assertThat(ok("survey", "frame", "list", "--format", "csv").out().lines()).hasSize(2);
    }

    @Test
    void a_wave_writes_the_mail_merge_list_and_is_recorded_once() throws IOException {
        loadAndImportExamples();
        Path list = directory.resolve("utskick.csv");

        SesiCli.Result wave = ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out", list.toString());

        assertThat(wave.out()).contains("Utskick 1 registrerat: enkät, daterat 2024-03-11, till 11 enheter.",
                "enkätversion 1");
        byte[] bytes = Files.readAllBytes(list);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("response_id,name,care_of,street,postal_code,town");
        assertThat(lines.get(4)).isEqualTo("S-0004-5,Föreningen Folkets Hus i Ånge,c/o Anna Berg,Järnvägsgatan 4,"
                + "841 31,Ånge");
        assertThat(lines.get(10)).isEqualTo("S-0010-1,Övik Energi och Bredband ek. för.,c/o Örjan Ödman,Box 15,891 21,"
                + "Örnsköldsvik");

        SesiCli.Result twice = en("survey", "wave", "questionnaire", "--date", "2024-03-11", "--out", list.toString());
        assertThat(twice.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(twice.err()).contains("A questionnaire dated 2024-03-11 is already recorded (wave 1)");
        assertThat(ok("survey", "waves", "--format", "csv").out().lines().toList()).containsExactly(
                "wave,type,date,recipients,questionnaire_version", "1,QUESTIONNAIRE,2024-03-11,11,1");
    }

    @Test
    void a_chosen_subset_is_checked_and_a_mistyped_id_records_nothing() throws IOException {
        loadAndImportExamples();
        ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out", directory.resolve("q.csv").toString());
        Path ids = file("ids.txt", "S-0003-7\nS-0003-8\n\nS-0030-8\n");

        SesiCli.Result wrong = en("survey", "wave", "REMINDER_POSTCARD", "--date", "2024-03-18", "--ids", ids.toString(),
                "--out", directory.resolve("r.csv").toString());

        assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wrong.err().lines().toList()).containsExactly(
                ids + ":2: response_id: Response id S-0003-8: the check digit does not match: a digit is mistyped or "
                        + "two digits are swapped; check the id on the form",
                ids + ":4: response_id: No unit of the survey population has the response id S-0030-8");
        assertThat(directory.resolve("r.csv")).doesNotExist();

        Path csv = file("ids.csv", "response_id,name\nS-0003-7,Kulturföreningen\nS-0005-9,Östersund\n");
        SesiCli.Result subset = ok("survey", "wave", "REMINDER_POSTCARD", "--date", "2024-03-18", "--ids",
                csv.toString(), "--out", directory.resolve("r.csv").toString());
        assertThat(subset.out()).contains("till 2 enheter");
        assertThat(directory.resolve("r.csv")).content(StandardCharsets.UTF_8).contains("S-0003-7", "S-0005-9")
                .doesNotContain("S-0001-3");
    }

    @Test
    void a_wave_whose_list_cannot_be_written_records_nothing() {
        loadAndImportExamples();

        SesiCli.Result wave = en("survey", "wave", "PRE_NOTICE", "--date", "2024-03-04", "--out",
                directory.resolve("missing").resolve("list.csv").toString());

        assertThat(wave.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wave.err()).contains("its directory does not exist");
        assertThat(ok("survey", "waves", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void dispositions_keep_their_history_and_refuse_a_mistyped_id_an_unknown_unit_and_a_silent_change() {
        loadAndImportExamples();

        assertThat(ok("survey", "disposition", "S-0004-5", "UO", "--date", "2024-03-13").out())
                .contains("S-0004-5: UNKNOWN_UNDELIVERABLE (obeställbar) registrerat, daterat 2024-03-13; tidigare: "
                        + "inget svar.");
        SesiCli.Result mistyped = en("survey", "disposition", "S-0004-4", "REFUSAL");
        assertThat(mistyped.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(mistyped.err()).contains("Response id S-0004-4: the check digit does not match");
        assertThat(en("survey", "disposition", "S-0099-9", "REFUSAL").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        SesiCli.Result silent = en("survey", "disposition", "S-0004-5", "COMPLETE");
        assertThat(silent.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(silent.err()).contains("S-0004-5 is UNKNOWN_UNDELIVERABLE since 2024-03-13", "--replace");
        // in Swedish the disposition in words beside the code the user types
        assertThat(sesi.run("survey", "disposition", "S-0004-5", "COMPLETE").err())
                .contains("S-0004-5 har utfallet obeställbar (UNKNOWN_UNDELIVERABLE) sedan 2024-03-13");
        assertThat(en("survey", "disposition", "S-0004-5", "bogus").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        // in English the code is the word: said once, not "COMPLETE (complete)"
        assertThat(en("survey", "disposition", "S-0004-5", "COMPLETE", "--date", "2024-03-20", "--replace").out())
                .contains("S-0004-5: COMPLETE recorded, dated 2024-03-20; before: undeliverable.")
                .doesNotContain("(complete)");
        assertThat(en("survey", "disposition", "S-0004-5", "COMPLETE").out())
                .contains("S-0004-5 already has the disposition COMPLETE: nothing recorded.");

        SesiCli.Result unit = en("survey", "unit", "s-0004-5");
        assertThat(unit.exitCode()).as(unit.toString()).isZero();
        assertThat(unit.out()).contains("S-0004-5  Föreningen Folkets Hus i Ånge (802480-0040)",
                "Address: c/o Anna Berg, Järnvägsgatan 4, 841 31 Ånge", "Business activity to be confirmed",
                "Disposition: COMPLETE\n", "2024-03-13  undeliverable", "2024-03-20  complete");
    }

    @Test
    void rates_follow_the_formulas_with_the_fixed_header_and_empty_cells_where_not_defined() {
        loadAndImportExamples();
        // 11 units: S-0001 COMPLETE, S-0002 PARTIAL, S-0003 REFUSAL, S-0004 UO, S-0009 NE, the other 6 UH.
        ok("survey", "disposition", "S-0001-3", "I");
        ok("survey", "disposition", "S-0002-1", "P");
        ok("survey", "disposition", "S-0003-7", "R");
        ok("survey", "disposition", "S-0004-5", "UO");
        ok("survey", "disposition", "S-0009-2", "NE");

        List<String> csv = ok("survey", "rates", "--by", "legal-form", "--format", "csv").out().lines().toList();

        // all: RR1 = 1/(1+1+1+6+1) = 1/10; RR2 = 2/10; e = 3/(3+1) = 0.75, RR3 = 1/(3 + 0.75*7) = 1/8.25 = 0.1212;
        // COOP1 = 1/(1+1+1) = 0.3333.
        // EF (S-0001, -0002, -0005, -0007, -0008, -0010): I=1 P=1 UH=4; RR1 = 1/6, RR2 = 2/6, e = 2/2 = 1,
        // RR3 = 1/(2 + 4) = 0.1667, COOP1 = 1/2.
        // IF (S-0003, -0004, -0006, -0009, -0011): R=1 UO=1 NE=1 UH=2; RR1 = 0/4, e = 1/2, RR3 = 0/(1 + 0.5*3) = 0,
        // COOP1 = 0/1.
        assertThat(csv).containsExactly(
                "group,I,P,R,NC,O,UH,UO,NE,RR1,RR2,RR3,COOP1",
                "all,1,1,1,0,0,6,1,1,0.1000,0.2000,0.1212,0.3333",
                "EKONOMISK_FORENING,1,1,0,0,0,4,0,0,0.1667,0.3333,0.1667,0.5000",
                "IDEELL_FORENING,0,0,1,0,0,2,1,1,0.0000,0.0000,0.0000,0.0000");
        assertThat(ok("survey", "rates", "--by", "county", "--format", "csv").out().lines().toList())
                .extracting(l -> l.split(",")[0]).containsExactly("group", "all", "22", "23");
    }

    @Test
    void with_no_units_no_rate_is_defined_empty_for_programs_and_said_for_people() {
        assertThat(ok("survey", "rates", "--format", "csv").out().lines().toList()).containsExactly(
                "group,I,P,R,NC,O,UH,UO,NE,RR1,RR2,RR3,COOP1", "all,0,0,0,0,0,0,0,0,,,,");
        assertThat(ok("survey", "rates").out()).contains("ej definierad", "RR3 = I / (I+P+R+NC+O + e(UH+UO))");
        assertThat(en("survey", "rates").out()).contains("not defined");
        assertThat(en("survey", "rates", "--by", "municipality").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void status_shows_the_postal_survey_from_its_evidence() {
        loadAndImportExamples();
        ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out", directory.resolve("q.csv").toString());
        ok("survey", "disposition", "S-0001-3", "COMPLETE");

        assertThat(ok("status", "--format", "csv").out()).contains("POSTAL_SURVEY,11,11,ASSOCIATIONS,100.0,DONE");
        assertThat(en("status").out()).contains("15 units in the frame, 11 in the survey population",
                "11 sent the questionnaire", "one complete return",
                "done when every unit of the population was sent the questionnaire or got a final disposition",
                "response rate (RR2) 9.1 %, which is not part of the target");
    }

    @Test
    void the_survey_survives_a_backup_and_restore_with_its_history_in_order() {
        loadAndImportExamples();
        ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out", directory.resolve("q.csv").toString());
        ok("survey", "disposition", "S-0001-3", "UO", "--date", "2024-03-12");
        ok("survey", "disposition", "S-0001-3", "COMPLETE", "--date", "2024-03-10", "--replace");
        ok("survey", "disposition", "S-0002-1", "NE");
        Path backup = directory.resolve("backup.zip");
        String restored = directory.resolve("restored").resolve("sesi").toString();

        ok("db", "backup", backup.toString());
        ok("--db", restored, "db", "restore", backup.toString());

        for (String[] listing : List.of(new String[] {"survey", "frame", "list", "--format", "csv"},
                new String[] {"survey", "frame", "excluded", "--format", "csv"},
                new String[] {"survey", "waves", "--format", "csv"},
                new String[] {"survey", "rates", "--by", "county", "--format", "csv"},
                new String[] {"survey", "questionnaire", "show", "--format", "csv"},
                new String[] {"survey", "unit", "S-0001-3"}, new String[] {"status", "--format", "csv"})) {
            String[] there = new String[listing.length + 2];
            there[0] = "--db";
            there[1] = restored;
            System.arraycopy(listing, 0, there, 2, listing.length);
            assertThat(ok(there).out()).as(String.join(" ", listing)).isEqualTo(ok(listing).out());
        }
        ok("--db", restored, "survey", "disposition", "S-0001-3", "REFUSAL", "--replace");
        assertThat(ok("--db", restored, "survey", "frame", "list", "--format", "csv").out())
                .as("a new event after the restore is the last one").contains("S-0001-3,769620-0018,Ljustorps "
                        + "Bygdeservice ekonomisk förening,EKONOMISK_FORENING,2281,REFUSAL");
    }

    @Test
    void every_survey_command_has_help_in_both_languages() {
        for (String[] command : List.of(new String[] {"survey"}, new String[] {"survey", "questionnaire"},
                new String[] {"survey", "questionnaire", "load"}, new String[] {"survey", "questionnaire", "show"},
                new String[] {"survey", "questionnaire", "versions"}, new String[] {"survey", "frame"},
                new String[] {"survey", "frame", "import"}, new String[] {"survey", "frame", "list"},
                new String[] {"survey", "frame", "excluded"}, new String[] {"survey", "wave"},
                new String[] {"survey", "waves"}, new String[] {"survey", "disposition"},
                new String[] {"survey", "unit"}, new String[] {"survey", "rates"})) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            SesiCli.Result swedish = sesi.run(help);
            SesiCli.Result english = en(help);
            assertThat(swedish.exitCode()).isZero();
            assertThat(swedish.out()).as(String.join(" ", command)).contains("Användning:").doesNotContain("sesi.survey")
                    .doesNotContainPattern("(?m)^\\s{6,}[a-z]+\\.[a-zA-Z.]+$");
            assertThat(english.out()).as(String.join(" ", command)).contains("Usage:");
            assertThat(english.out().lines().findFirst().orElse("")).isNotBlank();
        }
        assertThat(sesi.run("survey", "frame", "import", "--help").out()).contains("--skip-invalid",
                "Filens teckenkodning");
    }
}
