package se.coompanion.sesi.adapters.cli.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class ActorCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void init() {
        sesi = new SesiCli(directory);
        assertThat(sesi.run("init").exitCode()).isZero();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }


    @Test
    void imports_a_semicolon_file_with_swedish_headers_warns_about_an_unusual_group_digit_and_lists_the_keys()
            throws Exception {
        Path csv = file("aktorer.csv", """
                organisationsnummer;namn;juridisk_form;roller;kommunkod;utdelningsadress;postnummer;postort
                212000-2411;Sundsvalls kommun;82;MUNICIPALITY;2281;;851 85;Sundsvall
                716460-3867;Föreningen Sju;Ideell förening;NON_PROFIT_WITH_BUSINESS|SOCIAL_ENTERPRISE;2281;Storgatan 1;85233;Sundsvall
                ;Arbetsförmedlingen;Statlig myndighet;PUBLIC_AGENCY;;;;
                """);

        SesiCli.Result imported = sesi.ok("--lang", "en", "actor", "import", csv.toString());
        SesiCli.Result list = sesi.ok("actor", "list", "--format", "csv");
        SesiCli.Result again = sesi.ok("--lang", "en", "actor", "import", csv.toString());

        assertThat(imported.out()).contains("Imported 3 of 3 rows");
        assertThat(imported.err()).contains("Warning: " + csv + ":3: organisationsnummer/org_number: "
                + "Organisationsnummer 716460-3867 starts with group digit 7; the usual group for Ideell förening is 8");
        assertThat(list.out().lines().toList()).containsExactly(
                "key,org_number,name,legal_form,roles,municipality_code,street,postal_code,town,contacts,note",
                "arbetsformedlingen,,Arbetsförmedlingen,STATLIG_MYNDIGHET,PUBLIC_AGENCY,,,,,0,",
                "foreningen-sju,716460-3867,Föreningen Sju,IDEELL_FORENING,SOCIAL_ENTERPRISE|NON_PROFIT_WITH_BUSINESS,"
                        + "2281,Storgatan 1,852 33,Sundsvall,0,",
                "sundsvalls-kommun,212000-2411,Sundsvalls kommun,KOMMUN,MUNICIPALITY,2281,,851 85,Sundsvall,0,");
        assertThat(again.out()).contains("was already imported");
    }

    @Test
    void the_example_file_of_the_documentation_imports_with_its_one_warning() {
        Path example = Path.of("..", "docs", "examples", "aktorer.csv").toAbsolutePath().normalize();

        SesiCli.Result imported = sesi.ok("--lang", "en", "actor", "import", example.toString());

        assertThat(imported.out()).contains("Imported 5 of 5 rows");
        assertThat(imported.err().lines()).singleElement().asString()
                .contains(":6: organisationsnummer/org_number: Organisationsnummer 769644-3071 starts with group digit 7");
        assertThat(sesi.ok("actor", "show", "grona-hander-arbetskooperativ-ek-for").out())
                .contains("Gröna Händer");
    }

    @Test
    void a_bad_file_reports_every_problem_with_file_and_line_stores_nothing_and_exits_2() throws Exception {
        Path csv = file("fel.csv", "name,roles,municipality_code\nSundsvalls kommun,KOOPERATIV,2281\n,OTHER,9999\n");

        SesiCli.Result result = sesi.run("--lang", "en", "actor", "import", csv.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines().toList()).containsExactly(
                csv + ":2: roller/roles: Role KOOPERATIV: allowed are MUNICIPALITY, REGION, PUBLIC_AGENCY, "
                        + "COORDINATION_ASSOCIATION, SOCIAL_ENTERPRISE, WORK_INTEGRATION_SOCIAL_ENTERPRISE, "
                        + "ECONOMIC_ASSOCIATION, NON_PROFIT_WITH_BUSINESS, COOPERATIVE_DEVELOPMENT, ACADEMIA, COMPANY, "
                        + "FUNDER, OTHER",
                csv + ":3: namn/name: a value is required",
                csv + ":3: kommunkod/municipality_code: Municipality code 9999: not one of the 290 Swedish "
                        + "municipality codes");
        assertThat(sesi.ok("actor", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void a_windows_1252_file_with_a_registered_number_is_rejected_or_skipped_with_a_rejects_file() throws Exception {
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role", "MUNICIPALITY");
        Path csv = Files.write(directory.resolve("ansi.csv"), ("organisationsnummer,namn,roller\r\n"
                + "2120002411,Sundsvalls kommun,MUNICIPALITY\r\n,Timrå kommun,MUNICIPALITY\r\n")
                .getBytes(Charset.forName("windows-1252")));
        Path rejects = directory.resolve("avvisade.csv");

        SesiCli.Result strict = sesi.run("--lang", "en", "actor", "import", csv.toString());
        SesiCli.Result skipping = sesi.ok("--lang", "en", "actor", "import", csv.toString(), "--skip-invalid", "--rejects",
                rejects.toString());

        assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(strict.err()).contains(csv + ":2: organisationsnummer/org_number: this organisationsnummer is "
                + "already in the register: Sundsvalls kommun (sundsvalls-kommun, 212000-2411)");
        assertThat(skipping.out()).contains("Imported 1 of 2 rows", "1 row rejected");
        assertThat(Files.readAllLines(rejects).get(0)).isEqualTo("line,problems,organisationsnummer,namn,roller");
        assertThat(sesi.ok("actor", "show", "timra-kommun").out()).contains("Timrå kommun");
    }

    @Test
    void add_and_show_by_number_or_key_and_an_unknown_actor_is_exit_3() {
        SesiCli.Result added = sesi.ok("--lang", "en", "actor", "add", "--name", "Region Västernorrland", "--role",
                "REGION,FUNDER", "--legal-form", "Region", "--municipality", "2280", "--street", "Box 1",
                "--postal-code", "871 85", "--town", "Härnösand");
        SesiCli.Result shown = sesi.ok("--lang", "en", "actor", "show", "region-vasternorrland");
        SesiCli.Result csv = sesi.ok("actor", "show", "REGION-VASTERNORRLAND", "--format", "csv");
        SesiCli.Result unknown = sesi.run("--lang", "en", "actor", "show", "556016-0680");
        SesiCli.Result malformed = sesi.run("--lang", "en", "actor", "show", "Region Västernorrland");
        SesiCli.Result duplicate = sesi.run("actor", "add", "--name", "Region Västernorrland", "--role", "REGION");

        assertThat(added.out()).contains("Registered actor region-vasternorrland: Region Västernorrland");
        assertThat(shown.out()).contains("Region, Funder", "2280 Härnösand", "Box 1, 871 85 Härnösand");
        assertThat(csv.out().lines().toList()).contains("field,value", "roles,REGION|FUNDER",
                "address,\"Box 1, 871 85 Härnösand\"");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).contains("Actor 556016-0680 is not in the register");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(duplicate.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(duplicate.err()).doesNotContain("Exception");
    }

    @Test
    void csv_output_neutralises_a_name_that_a_spreadsheet_would_run_as_a_formula() {
        sesi.ok("actor", "add", "--name", "=HYPERLINK(\"http://example.invalid\",\"klicka\")", "--role", "OTHER",
                "--note", "+46 är bra", "--key", "formel");
        sesi.ok("actor", "add", "--name", "@SUM(A1:A9)", "--role", "OTHER", "--note", "-1");

        SesiCli.Result csv = sesi.ok("actor", "list", "--format", "csv");

        assertThat(csv.out().lines().toList()).contains(
                "formel,,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"klicka\"\")\",,OTHER,,,,,0,'+46 är bra",
                "sum-a1-a9,,'@SUM(A1:A9),,OTHER,,,,,0,'-1");
        assertThat(sesi.ok("actor", "list").out()).contains("=HYPERLINK(\"http://example.invalid\",\"klicka\")");
    }

    @Test
    void contacts_are_added_to_an_actor_and_listed_with_their_numbers() {
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role", "MUNICIPALITY");
        SesiCli.Result added = sesi.ok("--lang", "en", "contact", "add", "212000-2411", "--name", "Karin Lindqvist",
                "--title", "Näringslivsutvecklare", "--email", "karin.lindqvist@sundsvall.example", "--phone",
                "070-174 06 05");
        SesiCli.Result bad = sesi.run("--lang", "en", "contact", "add", "sundsvalls-kommun", "--name", "X",
                "--email", "nej", "--phone", "ring", "--lawful-basis", "gissning");
        SesiCli.Result list = sesi.ok("contact", "list", "--format", "csv");

        assertThat(added.out()).contains("Registered contact 1: Karin Lindqvist at Sundsvalls kommun "
                + "(lawful basis: legitimate interest)");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().lines()).hasSize(3);
        assertThat(list.out().lines().toList()).containsExactly(
                "id,actor,organisation,name,title,email,phone,lawful_basis,registered_at,erased_at",
                "1,sundsvalls-kommun,Sundsvalls kommun,Karin Lindqvist,Näringslivsutvecklare,"
                        + "karin.lindqvist@sundsvall.example,070-174 06 05,LEGITIMATE_INTEREST,2024-05-02T08:00:00Z,");
        assertThat(sesi.run("contact", "list", "ange-kommun").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void every_actor_command_has_help_in_swedish_and_english() {
        for (String[] command : new String[][] {{"actor"}, {"actor", "import"}, {"actor", "add"}, {"actor", "list"},
            {"actor", "show"}, {"contact"}, {"contact", "add"}, {"contact", "list"}}) {
            String[] swedish = append(command, "--help");
            String[] english = append(append(new String[] {"--lang", "en"}, command), "--help");
            SesiCli.Result sv = sesi.ok(swedish);
            SesiCli.Result en = sesi.ok(english);
            assertThat(sv.out()).as(String.join(" ", command)).doesNotContain("sesi.", "usage.");
            assertThat(en.out()).as(String.join(" ", command)).isNotEqualTo(sv.out());
        }
    }

    private static String[] append(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
