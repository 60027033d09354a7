package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/** The demo's learning programme, as a user would look at it. */
class LearningDemoTest {

    private static final DemoRun DEMO = DemoRun.shared();

    @TempDir
    Path directory;

    private final Path out = DEMO.out();
    private SesiCli sesi;

    @BeforeEach
    void the_demo_database() {
        sesi = DEMO.cli(directory);
    }

    private List<List<String>> csv(String... args) {
        return DemoRun.csv(sesi, args);
    }

    @Test
    void two_versions_the_second_saying_what_the_pilot_taught() {
        List<List<String>> versions = csv("learning", "version", "list", "--format", "csv");

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).startsWith("1", "Socialt företagande i praktiken", "2024-01-08", "4");
        assertThat(versions.get(1).get(3)).isEqualTo("5");
        assertThat(versions.get(1).get(7)).isNotEmpty();
        assertThat(versions.get(1).get(8)).startsWith("Piloten");
        assertThat(csv("learning", "version", "show", "2", "--format", "csv")).extracting(r -> r.get(1))
                .containsExactly("CARRIED_OVER", "CARRIED_OVER", "CHANGED", "CARRIED_OVER", "NEW");
        assertThat(csv("learning", "module", "list", "--format", "csv")).allMatch(m -> !m.get(5).isEmpty())
                .extracting(m -> m.get(3)).contains("CLASSROOM", "DIGITAL", "BLENDED", "STUDY_VISIT");
    }

    @Test
    void one_pilot_of_twelve_participants_evaluated_at_levels_1_to_3() {
        List<List<String>> pilots = csv("learning", "pilot", "list", "--format", "csv");
        List<List<String>> reaction = csv("learning", "results", "reaction", "--programme-version", "1", "--format",
                "csv");

        assertThat(pilots).hasSize(1);
        assertThat(pilots.get(0)).containsExactly("1", "1", "2024-01-30", "M1|M2|M3|M4", "12", "7", "4", "0", "1",
                "47", "12", "true");
        assertThat(reaction).extracting(r -> r.get(1)).containsExactly("M1", "M2", "M3", "M4");
        assertThat(reaction.get(2).get(6)).as("M3, the least relevant")
                .isEqualTo(reaction.stream().map(r -> r.get(6)).min(String::compareTo).orElseThrow());
        assertThat(reaction.get(1).get(5)).as("one blank relevance of M2").isEqualTo("11");
        assertThat(csv("learning", "results", "gain", "--programme-version", "1", "--format", "csv")).hasSize(8)
                .allMatch(g -> Integer.parseInt(g.get(4)) >= 11);
        assertThat(csv("learning", "results", "followup", "--programme-version", "1", "--format", "csv").get(0))
                .containsExactly("1", "47", "47", "16", "8", "4", "4");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("LEARNING_PROGRAMME,1,1,PILOT_RUNS,100.0,DONE");
        assertThat(out.resolve("larprogram").resolve("utvardering-pilot-1.csv")).exists();
    }

    @Test
    void the_coverage_of_the_top_five_gaps_is_shown_against_the_latest_version() {
        List<List<String>> coverage = csv("learning", "results", "coverage", "--format", "csv");

        // the top five of the demo's Borich ranking (sesi competence ranking) against version 2's five modules:
        // impact measurement is covered by M5, new in version 2; marketing and sales by no module
        assertThat(coverage).extracting(c -> String.join(",", c.get(0), c.get(1), c.get(5), c.get(6)))
                .containsExactly("1,public_procurement,M1,true", "2,work_integration_supervision,M3,true",
                        "3,impact_measurement,M5,true", "4,financing_and_grants,M2,true",
                        "5,marketing_and_sales,,false");
        assertThat(csv("competence", "ranking", "--format", "csv")).extracting(r -> r.get(1)).startsWith(
                coverage.stream().map(c -> c.get(1)).toArray(String[]::new));
    }

    @Test
    void the_programme_survives_a_backup_and_restore() {
        DEMO.sameAfterRestore(directory, new String[] {"learning", "version", "list"},
                new String[] {"learning", "module", "list"}, new String[] {"learning", "pilot", "list"},
                new String[] {"learning", "evaluate", "list"}, new String[] {"learning", "results", "gain"},
                new String[] {"learning", "results", "coverage"});
    }
}
