package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.persistence.TestDatabase;

/**
 * Two sesi processes importing different files into the same PostgreSQL database at the same time both succeed
 * and lose nothing: the import lock makes them write one after the other, so the second takes the response ids
 * after the first's.
 */
class ConcurrentImportsTest {

    private static final int ROWS = 3_000;

    @TempDir
    Path directory;

    @Test
    void two_processes_import_frames_into_one_postgresql_database_at_once() throws Exception {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRES.fresh()) {
            String url = fresh.config().jdbcUrl();
            Map<String, String> env = Map.of("SESI_DB", url, "SESI_DB_USER", fresh.config().user(),
                    "SESI_DB_PASSWORD", fresh.config().password());
            SesiCli sesi = new SesiCli(directory);
            env.forEach(sesi::env);
            assertThat(sesi.run("init").exitCode()).isZero();
            Path a = SesiProcess.frame(directory.resolve("a.csv"), 1, ROWS);
            Path b = SesiProcess.frame(directory.resolve("b.csv"), 100_000, ROWS);

            Process first = SesiProcess.start(env, directory.resolve("a.out"), "survey", "frame", "import", a.toString());
            Process second = SesiProcess.start(env, directory.resolve("b.out"), "survey", "frame", "import", b.toString());
            assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();

            assertThat(first.exitValue()).as(SesiProcess.output(directory.resolve("a.out"))).isZero();
            assertThat(second.exitValue()).as(SesiProcess.output(directory.resolve("b.out"))).isZero();
            List<String> units = sesi.run("survey", "frame", "list", "--format", "csv").out().lines().skip(1).toList();
            assertThat(units).hasSize(2 * ROWS);
            Set<String> ids = new HashSet<>();
            units.forEach(line -> ids.add(line.substring(0, line.indexOf(','))));
            assertThat(ids).hasSize(2 * ROWS).contains("S-0001-3");
        }
    }
}
