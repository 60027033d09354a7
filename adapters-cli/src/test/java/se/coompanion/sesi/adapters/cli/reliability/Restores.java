package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Restores of crafted backups, each into a new database of a test's directory: a crafted one must be refused with exit
 * 2 and a short report naming what is wrong, and keep nothing (the same database then takes the good backup).
 */
final class Restores {

    private final Path directory;
    private final Path good;
    private final AtomicInteger count = new AtomicInteger();

    /**
     * @param directory the test's directory
     * @param good      a backup that restores
     */
    Restores(Path directory, Path good) {
        this.directory = directory;
        this.good = good;
    }

    /** sesi over a new, empty database. */
    SesiCli fresh() {
        Path target = directory.resolve("restored-" + count.incrementAndGet()).resolve("sesi");
        return new SesiCli(directory).env("SESI_LANG", "en").env("SESI_DB", target.toString());
    }

    /** A path for a crafted file. */
    Path crafted() {
        return directory.resolve("crafted-" + count.incrementAndGet() + ".zip");
    }

    /** Restores the crafted backup: refused, naming {@code named}, and nothing kept. */
    void refused(Path crafted, String named) {
        SesiCli sesi = fresh();

        SesiCli.Result restore = sesi.run("db", "restore", crafted.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(restore.err()).as(restore.toString()).contains(named).doesNotContain("Exception", "\tat ");
        assertThat(restore.err().length()).as("a short report").isLessThan(5_000);
        assertThat(restore.out()).isEmpty();
        SesiCli.Result again = sesi.run("db", "restore", good.toString());
        assertThat(again.exitCode()).as("nothing was kept: " + again).isZero();
    }
}
