package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;
import se.coompanion.sesi.adapters.persistence.TestDatabase;

/**
 * The command line end to end on PostgreSQL: a working session through every area's imports and commands (the
 * documented example files and the demo's register and ratings), run on a fresh H2 file and on a fresh PostgreSQL schema. Every command must end the
 * same way and every listing must print the same. Skipped, with a warning, without {@code SESI_TEST_POSTGRES_URL}.
 */
class PostgresEndToEndTest {

    private static final Path EXAMPLES = SurveyFixture.EXAMPLES;
    /** The demo's register holds the ten enterprises its competence ratings rate. */
    private static final Path DEMO = DemoRun.shared().out();

    @TempDir
    Path directory;

    /** Commands that change the database, in the order a team would run them. */
    private List<List<String>> session() {
        return List.of(
                List.of("init"),
                List.of("project", "target", "ANALYSIS_SEMINAR", "--quantity", "2"),
                List.of("actor", "import", DEMO.resolve("aktorer.csv").toString()),
                List.of("contact", "add", "sundsvalls-kommun", "--name", "Anna Exempel", "--email", "anna@example.se"),
                List.of("scan", "source", "add", "--kind", "REPORT", "--title", "Socialt företagande i Norrland",
                        "--publisher", "Exempelförlaget", "--year", "2022"),
                List.of("scan", "finding", "add", "--statement", "Arbetsintegrerande sociala företag saknar stöd",
                        "--theme", "WORK_INTEGRATION", "--relevance", "3", "--source", "1"),
                List.of("stakeholder", "assess", "sundsvalls-kommun", "--power", "5", "--interest", "4",
                        "--date", "2024-04-02"),
                List.of("needs", "import", EXAMPLES.resolve("behov.csv").toString()),
                List.of("needs", "status", "2281", "CONDUCTED"),
                List.of("competence", "import", DEMO.resolve("kompetens.csv").toString()),
                List.of("stats", "import", EXAMPLES.resolve("statistik.csv").toString()),
                List.of("survey", "questionnaire", "load", SurveyFixture.QUESTIONNAIRE.toString()),
                List.of("survey", "frame", "import", SurveyFixture.FRAME.toString()),
                List.of("survey", "frame", "import", SurveyFixture.FRAME_1252.toString()),
                List.of("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out",
                        directory.resolve("utskick.csv").toString()),
                List.of("survey", "entry", "import", SurveyFixture.ENTRY.toString(), "--user", "anna", "--date",
                        "2024-03-25"),
                List.of("survey", "entry", "import", SurveyFixture.ENTRY_2.toString(), "--pass", "2", "--user",
                        "bertil", "--date", "2024-03-26"),
                List.of("survey", "disposition", "S-0004-5", "REFUSAL", "--date", "2024-03-20"));
    }

    /** What the session is compared by: every listing in CSV. */
    private static final List<List<String>> LISTINGS = List.of(
            List.of("status"), List.of("actor", "list"), List.of("contact", "list"), List.of("scan", "source", "list"),
            List.of("scan", "finding", "list"), List.of("stakeholder", "grid"), List.of("stakeholder", "shortlist"),
            List.of("needs", "coverage"), List.of("needs", "themes", "--by", "county"),
            List.of("competence", "ranking"), List.of("competence", "matrix"), List.of("stats", "list"),
            List.of("survey", "frame", "list"), List.of("survey", "rates", "--by", "legal-form"),
            List.of("survey", "entry", "list"), List.of("survey", "entry", "compare"),
            List.of("survey", "results"), List.of("survey", "results", "stodstruktur", "--by", "county"));

    @Test
    void a_working_session_gives_the_same_results_on_postgresql_as_on_h2() {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRES.fresh()) {
            SesiCli h2 = new SesiCli(directory.resolve("h2"));
            SesiCli postgres = new SesiCli(directory.resolve("pg")).env("SESI_DB", fresh.config().jdbcUrl())
                    .env("SESI_DB_USER", fresh.config().user()).env("SESI_DB_PASSWORD", fresh.config().password());

            for (List<String> command : session()) {
                String[] args = command.toArray(String[]::new);
                SesiCli.Result onH2 = h2.run(args);
                SesiCli.Result onPostgres = postgres.run(args);
                assertThat(onH2.exitCode()).as("H2: " + command + "\n" + onH2).isZero();
                assertThat(onPostgres.exitCode()).as("PostgreSQL: " + command + "\n" + onPostgres).isZero();
            }
            for (List<String> listing : LISTINGS) {
                String[] args = java.util.stream.Stream.concat(listing.stream(), java.util.stream.Stream.of(
                        "--format", "csv")).toArray(String[]::new);
                String onH2 = h2.ok(args).out();
                if (!listing.contains("shortlist")) {
                    assertThat(onH2.lines().count()).as(listing + " lists something").isGreaterThan(1);
                }
                assertThat(postgres.ok(args).out()).as(String.join(" ", listing)).isEqualTo(onH2);
            }
        }
    }
}
