package se.coompanion.sesi.adapters.cli.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.domain.competence.CompetenceFramework;

class CompetenceFrameworkCommandsTest {

    /** The standard framework in the import format: docs/examples/kompetensramverk.csv. */
    static final Path STANDARD = Path.of("..", "docs", "examples", "kompetensramverk.csv");

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    /** Only init makes a database (the other commands refuse a missing one). */
    @BeforeEach
    void init() {
        sesi().ok("init");
    }

    private SesiCli.Result ok(String... args) {
        return sesi().ok(args);
    }

    @Test
    void the_standard_framework_is_listed_with_the_fixed_csv_header() {
        SesiCli.Result csv = ok("--lang", "en", "competence", "framework", "--format", "csv");

        assertThat(csv.out().lines()).hasSize(26).first().isEqualTo("key,area,name");
        assertThat(csv.out().lines()).contains("spotting_opportunities,ideas_and_opportunities,Spotting opportunities",
                "public_procurement,social_economy,Public procurement and reserved contracts",
                "coping_with_uncertainty,into_action,\"Coping with uncertainty, ambiguity and risk\"");
        assertThat(ok("competence", "framework", "--format", "csv").out())
                .contains("work_environment,social_economy,Arbetsmiljö");
        assertThat(ok("competence", "framework").out()).contains("Standardramverket", "25 kompetenser i 4 områden",
                "Social ekonomi", "Effektmätning");
    }

    @Test
    void the_documented_example_is_the_standard_framework() throws IOException {
        try (InputStream resource = CompetenceFramework.class.getResourceAsStream("standard-framework.csv")) {
            assertThat(new String(resource.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(STANDARD));
        }
        SesiCli.Result same = ok("--lang", "en", "competence", "framework", "import", STANDARD.toString());
        assertThat(same.out()).contains("holds the framework in use already (25 competences in 4 areas)");
    }

    @Test
    void a_framework_of_ones_own_replaces_the_standard_and_a_bad_file_changes_nothing() throws IOException {
        Path own = Files.writeString(directory.resolve("ramverk.csv"), """
                nyckel;omrade;namn;namn_en;omradesnamn
                upphandling;social_ekonomi;Upphandling;Procurement;Social ekonomi
                handledning;social_ekonomi;Handledning;;
                """, StandardCharsets.UTF_8);
        Path bad = Files.writeString(directory.resolve("fel.csv"), """
                key,area,name,colour
                a,x,A,red
                """, StandardCharsets.UTF_8);

        SesiCli.Result rejected = sesi().run("--lang", "en", "competence", "framework", "import", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(rejected.err()).contains(bad + ":1: colour: unknown column colour");

        SesiCli.Result imported = ok("--lang", "en", "competence", "framework", "import", own.toString());
        assertThat(imported.out()).contains("2 competences in 1 areas");
        assertThat(ok("--lang", "en", "competence", "framework", "--format", "csv").out())
                .isEqualTo("key,area,name\nupphandling,social_ekonomi,Procurement\nhandledning,social_ekonomi,Handledning\n");
        assertThat(ok("competence", "framework").out()).contains("Projektets eget kompetensramverk");
    }

    @Test
    void the_ranking_without_ratings_says_how_to_import_them_and_csv_is_just_the_header() {
        assertThat(ok("--lang", "en", "competence", "ranking").out()).contains("sesi competence import FILE");
        assertThat(ok("competence", "ranking", "--format", "csv").out())
                .isEqualTo("rank,competence,n,mwds,mean_gap,gap_ge_2\n");
    }
}
