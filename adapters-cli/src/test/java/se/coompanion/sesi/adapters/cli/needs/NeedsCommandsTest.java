package se.coompanion.sesi.adapters.cli.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class NeedsCommandsTest {

    /** The example file of docs/needs.md: the demo's file. */
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "behov.csv");
    static final String COVERAGE = "municipality_code,municipality,county_code,status,needs";
    static final String THEMES = "theme,municipalities,high,medium,low";
    static final String LIST = "municipality_code,municipality,status,theme,priority,target_groups,description,"
            + "existing_support,evidence,outside_target";

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    private SesiCli.Result ok(String... args) {
        return sesi().ok(args);
    }

    @BeforeEach
    void init() {
        ok("init");
    }

    @Test
    void the_documented_example_imports_and_the_themes_count_distinct_municipalities() {
        SesiCli.Result imported = ok("needs", "import", EXAMPLE.toString());

        assertThat(imported.out()).contains("Importerade 32 av 32 rader");
        SesiCli.Result themes = ok("needs", "themes", "--format", "csv");
        // work integration: 2281, 2380, 2280, 2284, 2262, 2282, 2309, 2313 = 8 municipalities;
        // HIGH in 2281, 2380, 2280, 2262, 2313 = 5, MEDIUM in 2284, 2282, 2309 = 3
        assertThat(themes.out().lines()).first().isEqualTo(THEMES);
        assertThat(themes.out().lines().skip(1).findFirst()).contains("WORK_INTEGRATION,8,5,3,0");
        // a theme of the project's own, and a theme nobody raised
        assertThat(themes.out().lines()).contains("OTHER: Bostäder,1,0,0,1", "WOMENS_ENTREPRENEURSHIP,2,1,1,0");
        SesiCli.Result coverage = ok("needs", "coverage", "--format", "csv");
        assertThat(coverage.out().lines()).hasSize(16).first().isEqualTo(COVERAGE);
        // imported needs plan the assessments; Östersund has 4 needs in the file
        assertThat(coverage.out().lines()).contains("2380,Östersunds kommun,23,PLANNED,4",
                "2303,Ragunda kommun,23,MISSING,0");
    }

    @Test
    void the_status_flow_from_the_command_line() {
        ok("needs", "plan", "2281", "--date", "2024-02-01");
        SesiCli.Result meeting = ok("needs", "meeting", "2281", "--date", "2024-03-12", "--format", "on-site",
                "--role", "Näringslivschef", "--role", "Socialchef", "--women", "2", "--men", "1");
        assertThat(meeting.out()).contains("3 deltagare, 2 kvinnor, 1 män");

        SesiCli.Result conducted = ok("--lang", "en", "needs", "status", "2281", "CONDUCTED", "--date", "2024-03-12");
        assertThat(conducted.out()).contains("The needs assessment of 2281 Sundsvall is now conducted (2024-03-12; "
                + "it was planned)", "Passed over: booked.");

        SesiCli.Result back = sesi().run("--lang", "en", "needs", "status", "2281", "BOOKED");
        assertThat(back.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(back.err()).contains("give --reopen and a reason").doesNotContain("Exception");

        SesiCli.Result noReason = sesi().run("--lang", "en", "needs", "status", "2281", "BOOKED", "--reopen");
        assertThat(noReason.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noReason.err()).contains("A reopening needs a reason");

        ok("needs", "status", "2281", "BOOKED", "--reopen", "--reason", "Ny intervju behövs", "--date", "2024-03-20");
        SesiCli.Result again = sesi().run("needs", "status", "2281", "BOOKED");
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);

        SesiCli.Result show = ok("needs", "show", "2281");
        assertThat(show.out()).contains("2281 Sundsvall, Västernorrlands län: bokad", "hoppade över: bokad",
                "återöppnad: Ny intervju behövs", "Näringslivschef, Socialchef");
    }

    @Test
    void a_status_change_without_an_assessment_is_not_found_and_bad_values_are_usage_errors() {
        SesiCli.Result missing = sesi().run("--lang", "en", "needs", "status", "2281", "BOOKED");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(missing.err()).contains("sesi needs plan 2281");

        SesiCli.Result unknown = sesi().run("--lang", "en", "needs", "plan", "9999");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("9999");

        SesiCli.Result badTheme = sesi().run("--lang", "en", "needs", "add", "2281", "--theme", "FINANCE",
                "--priority", "HIGH", "--description", "x");
        assertThat(badTheme.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badTheme.err()).contains("Theme FINANCE: allowed are WORK_INTEGRATION");

        SesiCli.Result nobody = sesi().run("--lang", "en", "needs", "meeting", "2281", "--date", "2024-03-12",
                "--format", "PHONE");
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nobody.err()).contains("at least one participant");
    }

    @Test
    void a_need_is_added_and_a_validated_assessment_takes_none() {
        SesiCli.Result added = ok("--lang", "en", "needs", "add", "2380", "--theme", "OTHER: Bostäder", "--priority",
                "hög", "--target-groups", "YOUNG_NEET|FOREIGN_BORN", "--description", "Boende för unga",
                "--evidence", "Intervju");
        assertThat(added.out()).contains("did not exist: it is planned", "Other: Bostäder (high priority)");

        ok("needs", "status", "2380", "VALIDATED");
        SesiCli.Result locked = sesi().run("--lang", "en", "needs", "add", "2380", "--theme", "FINANCING",
                "--priority", "LOW", "--description", "Lån");
        assertThat(locked.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(locked.err()).contains("is validated");
    }

    @Test
    void coverage_lists_the_fifteen_names_the_missing_and_shows_outside_assessments_apart() {
        ok("needs", "plan", "2281");
        ok("needs", "meeting", "2380", "--date", "2024-03-19", "--format", "DIGITAL", "--women", "1");
        ok("needs", "status", "2380", "CONDUCTED");
        SesiCli.Result outside = ok("--lang", "en", "needs", "plan", "2180");
        assertThat(outside.out()).contains("2180 Gävle lies outside the pre-study's region");

        SesiCli.Result csv = ok("needs", "coverage", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(16).first().isEqualTo(COVERAGE);
        assertThat(csv.out()).contains("2281,Sundsvalls kommun,22,PLANNED,0\n", "2380,Östersunds kommun,23,CONDUCTED,0\n",
                "2260,Ånge kommun,22,MISSING,0\n").doesNotContain("2180");

        SesiCli.Result people = ok("--lang", "en", "needs", "coverage");
        assertThat(people.out()).contains("municipalities of Mellersta Norrland", "Conducted or validated: 1 of 15.",
                "Missing (13): 2260 Ånge, 2262 Timrå", "Assessed outside the pre-study's region (1, not counted):",
                "2180  Gävle kommun");

        SesiCli.Result status = ok("status", "--format", "csv");
        assertThat(status.out()).contains("NEEDS_ANALYSIS,15,1,MUNICIPALITIES,6.7,IN_PROGRESS");
    }

    @Test
    void themes_by_county_and_bad_rows_of_an_import() throws IOException {
        ok("needs", "import", EXAMPLE.toString());
        SesiCli.Result byCounty = ok("needs", "themes", "--by", "county", "--format", "csv");
        assertThat(byCounty.out().lines()).first().isEqualTo("county_code," + THEMES);
        // county 22: 2281, 2280, 2284, 2262, 2282 raise work integration (HIGH, HIGH, MEDIUM, HIGH, MEDIUM)
        assertThat(byCounty.out().lines()).contains("22,WORK_INTEGRATION,5,3,2,0", "23,WORK_INTEGRATION,3,2,1,0");
        assertThat(sesi().run("needs", "themes", "--by", "region").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);

        Path bad = Files.writeString(directory.resolve("fel.csv"), """
                kommunkod;tema;prioritet;malgrupper;beskrivning;befintligt_stod
                2281;FINANCE;HIGH;;Lån;
                114;FINANCING;urgent;;Lån;
                """, StandardCharsets.UTF_8);
        SesiCli.Result rejected = sesi().run("--lang", "en", "needs", "import", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(rejected.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith(bad + ":"));
        assertThat(rejected.err()).contains(bad + ":2: tema/theme: Theme FINANCE", bad + ":3: prioritet/priority: "
                + "Priority urgent");
    }

    @Test
    void assessments_survive_a_backup_and_restore() {
        ok("needs", "import", EXAMPLE.toString());
        ok("needs", "meeting", "2281", "--date", "2024-03-12", "--format", "ON_SITE", "--role", "Socialchef",
                "--women", "1", "--non-binary", "1", "--note", "Intervju");
        ok("needs", "status", "2281", "VALIDATED", "--date", "2024-05-10");
        ok("needs", "status", "2281", "CONDUCTED", "--reopen", "--reason", "Komplettering", "--date", "2024-05-11");
        Path backup = directory.resolve("backup.zip");
        String restored = directory.resolve("restored").resolve("sesi").toString();

        ok("db", "backup", backup.toString());
        ok("--db", restored, "db", "restore", backup.toString());

        for (String[] command : new String[][] {{"needs", "coverage", "--format", "csv"},
                {"needs", "themes", "--format", "csv"}, {"needs", "show", "2281"}, {"status"}}) {
            String[] there = new String[command.length + 2];
            there[0] = "--db";
            there[1] = restored;
            System.arraycopy(command, 0, there, 2, command.length);
            assertThat(ok(there).out()).isEqualTo(ok(command).out());
        }
        assertThat(ok("--db", restored, "needs", "show", "2281").out()).contains("återöppnad: Komplettering");
    }

    @Test
    void help_is_in_swedish_by_default_and_in_english_on_request() {
        assertThat(ok("needs", "--help").out()).contains("Behovsanalysen i kommunerna", "coverage", "themes");
        assertThat(ok("--lang", "en", "needs", "status", "--help").out()).contains("--reopen", "--reason",
                "A step back is a");
        assertThat(ok("needs", "import", "--help").out()).contains("kommunkod, tema, prioritet", "OTHER: namn");
    }

    @Test
    void every_need_is_listed_side_by_side_and_filtered_by_theme_and_priority() {
        ok("needs", "import", EXAMPLE.toString());
        ok("needs", "add", "2180", "--theme", "FINANCING", "--priority", "HIGH", "--description", "Mikrolån");

        SesiCli.Result all = ok("needs", "list", "--format", "csv");
        assertThat(all.out().lines()).hasSize(1 + 32 + 1).first().isEqualTo(LIST);
        // Gävle (2180) comes first by its code and lies outside the region; Sundsvall's needs, high priority first
        assertThat(all.out().lines().skip(1).findFirst()).contains(
                "2180,Gävle kommun,PLANNED,FINANCING,HIGH,,Mikrolån,,,true");
        // the target groups as codes joined with | for programs, as in the needs file
        assertThat(all.out().lines()).anyMatch(line -> line.startsWith("2281,Sundsvalls kommun,PLANNED,"
                + "WORK_INTEGRATION,HIGH,LONG_TERM_UNEMPLOYED|FOREIGN_BORN,Fler platser i arbetsträning"));
        SesiCli.Result financing = ok("needs", "list", "--theme", "financing", "--priority", "hög", "--format", "csv");
        assertThat(financing.out().lines()).containsExactly(LIST,
                "2180,Gävle kommun,PLANNED,FINANCING,HIGH,,Mikrolån,,,true",
                "2313,Strömsunds kommun,PLANNED,FINANCING,HIGH,,Medfinansiering av lokala utvecklingsprojekt,,"
                        + "Intervju 2024-04-24,false");
        SesiCli.Result people = ok("--lang", "en", "needs", "list", "--priority", "LOW");
        // people read the target groups' names (Kramfors' housing need is for YOUNG_NEET)
        assertThat(people.out())
                .contains("Outside the region", "Förskott på bidrag", "Young people not in employment")
                .doesNotContain("Mikrolån", "YOUNG_NEET");
        assertThat(sesi().run("needs", "list", "--priority", "urgent").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
