package se.coompanion.sesi.adapters.cli.competence;

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
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;

class CompetenceCommandsTest {

    static final String RANKING = "rank,competence,n,mwds,mean_gap,gap_ge_2";

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void register() {
        sesi().ok("init");
        sesi().ok("actor", "add", "--name", "Gröna Händer Arbetskooperativ ek. för.", "--org-number", "769637-4128",
                "--role", "WORK_INTEGRATION_SOCIAL_ENTERPRISE");
        sesi().ok("actor", "add", "--name", "Café Fjällsippan ek. för.", "--org-number", "769639-0181", "--role",
                "SOCIAL_ENTERPRISE");
        sesi().ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role",
                "MUNICIPALITY");
    }

    private Path ratings() throws IOException {
        return csv("kompetens.csv", """
                organisationsnummer,kompetens,nuvarande,behov
                769637-4128,public_procurement,1,5
                769639-0181,public_procurement,2,4
                769637-4128,creativity,4,3
                769639-0181,digital_skills,3,4
                """);
    }

    @Test
    void ratings_are_imported_ranked_and_counted() throws IOException {
        SesiCli.Result imported = sesi().ok("--lang", "en", "competence", "import", ratings().toString());
        assertThat(imported.out()).contains("Imported 4 of 4 row(s)");

        SesiCli.Result ranking = sesi().ok("competence", "ranking", "--format", "csv");
        // public_procurement: gaps 5-1=4 and 4-2=2, sum 6; required 5+4=9, N=2, mean 4.5: MWDS = 6 * 4.5 / 2 = 13.5;
        //   mean gap 6/2 = 3.0; gaps >= 2: both
        // digital_skills: gap 1, required 4, N=1: MWDS = 1 * 4 / 1 = 4.0; creativity: gap -1, required 3: -3.0
        assertThat(ranking.out()).isEqualTo(RANKING + "\n"
                + "1,public_procurement,2,13.50,3.00,2\n"
                + "2,digital_skills,1,4.00,1.00,0\n"
                + "3,creativity,1,-3.00,-1.00,0\n");
        assertThat(sesi().ok("--lang", "en", "competence", "ranking").out()).contains("Public procurement and "
                + "reserved contracts", "13.50", "Not rated by any enterprise (22)");
        assertThat(sesi().ok("status", "--format", "csv").out())
                .contains("COMPETENCE_MAPPING,10,2,ENTERPRISES,20.0,IN_PROGRESS");
    }

    @Test
    void the_matrix_has_one_column_per_competence_key_and_a_heat_map() throws IOException {
        sesi().ok("competence", "import", ratings().toString());

        SesiCli.Result csv = sesi().ok("competence", "matrix", "--format", "csv");
        String header = csv.out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("org_number,enterprise,spotting_opportunities,creativity,vision,")
                .endsWith(",financial_management,work_environment");
        assertThat(header.split(",")).hasSize(2 + 25);
        // rows by organisationsnummer; gaps where rated, empty elsewhere: creativity is the 2nd key, procurement 16th
        assertThat(csv.out().lines().skip(1)).containsExactly(
                "769637-4128,Gröna Händer Arbetskooperativ ek. för.,,-1,,,,,,,,,,,,,,4,,,,,,,,,",
                "769639-0181,Café Fjällsippan ek. för.,,,,,,,,,,,,,,,,2,,,,,,1,,,");

        Path page = directory.resolve("ut").resolve("matris.html");
        SesiCli.Result written = sesi().ok("--lang", "en", "competence", "matrix", "--out", page.toString());
        assertThat(written.out()).contains("2 enterprise(s) and 3 rated competence(s)");
        String html = Files.readString(page);
        assertThat(HtmlStructure.problems(html, null)).isEmpty();
        assertThat(html).contains("<html lang=\"en\"", "Competence gaps of the social enterprises", "role=\"img\"");
        Path picture = directory.resolve("matris.svg");
        sesi().ok("competence", "matrix", "--out", picture.toString());
        assertThat(Files.readString(picture)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("Gröna Händer Arbetskooperativ ek. för. – Offentlig upphandling och reserverade kontrakt: 4");

        SesiCli.Result wrong = sesi().run("--lang", "en", "competence", "matrix", "--out",
                directory.resolve("matris.png").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wrong.err()).contains("write FILE.html (a page) or FILE.svg (the picture)");

        SesiCli.Result people = sesi().ok("competence", "matrix");
        assertThat(people.out()).contains("1 = Offentlig upphandling och reserverade kontrakt (public_procurement)",
                "Café Fjällsippan ek. för.");
    }

    @Test
    void an_unknown_number_or_an_actor_that_is_not_a_social_enterprise_names_the_line() throws IOException {
        Path bad = csv("fel.csv", """
                org_number;competence;current;required
                556016-0680;public_procurement;1;5
                212000-2411;public_procurement;1;5
                769637-4128;upphandling;1;5
                """);

        SesiCli.Result result = sesi().run("--lang", "en", "competence", "import", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly(
                bad + ":2: organisationsnummer/org_number: no actor with organisationsnummer 556016-0680 in the register:"
                        + " register the enterprise first (sesi actor add or sesi actor import)",
                bad + ":3: organisationsnummer/org_number: Sundsvalls kommun (sundsvalls-kommun, 212000-2411) is not a "
                        + "social enterprise: its roles are MUNICIPALITY; a rated enterprise has the role "
                        + "SOCIAL_ENTERPRISE or WORK_INTEGRATION_SOCIAL_ENTERPRISE",
                result.err().lines().skip(2).findFirst().orElseThrow());
        assertThat(result.err()).contains(bad + ":4: kompetens/competence: Competence upphandling is not in the "
                + "competence framework");
        assertThat(sesi().ok("competence", "ranking", "--format", "csv").out()).isEqualTo(RANKING + "\n");
    }

    @Test
    void a_second_rating_needs_replace_and_the_same_file_twice_stores_nothing() throws IOException {
        Path file = ratings();
        sesi().ok("competence", "import", file.toString());
        assertThat(sesi().ok("--lang", "en", "competence", "import", file.toString()).out())
                .contains("was already imported");

        Path round2 = csv("omgang2.csv", """
                org_number,competence,current,required
                769637-4128,public_procurement,3,5
                """);
        SesiCli.Result refused = sesi().run("--lang", "en", "competence", "import", round2.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("a rating of public_procurement by 769637-4128 is stored already");

        sesi().ok("competence", "import", round2.toString(), "--replace");
        // public_procurement now: gaps 5-3=2 and 4-2=2, sum 4; required 9, N=2: MWDS = 4 * 4.5 / 2 = 9.0
        assertThat(sesi().ok("competence", "ranking", "--format", "csv").out())
                .contains("1,public_procurement,2,9.00,2.00,2\n");
    }

    @Test
    void ratings_survive_a_backup_and_restore() throws IOException {
        sesi().ok("competence", "import", ratings().toString());
        Path backup = directory.resolve("backup.zip");
        String restored = directory.resolve("restored").resolve("sesi").toString();

        sesi().ok("db", "backup", backup.toString());
        sesi().ok("--db", restored, "db", "restore", backup.toString());

        assertThat(sesi().ok("--db", restored, "competence", "matrix", "--format", "csv").out())
                .isEqualTo(sesi().ok("competence", "matrix", "--format", "csv").out());
        assertThat(sesi().ok("--db", restored, "competence", "ranking", "--format", "csv").out())
                .isEqualTo(sesi().ok("competence", "ranking", "--format", "csv").out());
    }

    @Test
    void help_is_in_swedish_by_default_and_in_english_on_request() {
        assertThat(sesi().ok("competence", "import", "--help").out()).contains("organisationsnummer, kompetens, "
                + "nuvarande, behov", "--replace", "CSV-filen att importera");
        assertThat(sesi().ok("--lang", "en", "competence", "--help").out()).contains("framework", "import", "ranking",
                "matrix");
        assertThat(sesi().ok("--lang", "en", "competence", "ranking", "--help").out()).contains("MWDS = (sum of");
    }
}
