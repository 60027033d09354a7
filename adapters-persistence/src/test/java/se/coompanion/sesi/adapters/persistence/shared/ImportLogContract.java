package se.coompanion.sesi.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;

/** The contract of the {@link ImportLog} out-port, for every database kind. */
abstract class ImportLogContract extends DatabaseContractTest {

    private static final String SHA = "a".repeat(64);
    private static final ImportRecord FRAME = new ImportRecord("survey-frame", SHA, "ram.csv", 1200, 1190, 10,
            Instant.parse("2024-04-02T10:15:30Z"));

    private ImportLog log() {
        return database.ports().importLog();
    }

    @Test
    void a_recorded_import_is_found_by_kind_and_sha256() {
        database.ports().transactions().run(() -> log().add(FRAME));

        assertThat(database.ports().transactions().inTransaction(() -> log().find("survey-frame", SHA))).contains(FRAME);
        assertThat(database.ports().transactions().inTransaction(() -> log().find("actors", SHA))).isEmpty();
        assertThat(database.ports().transactions().inTransaction(log()::all)).containsExactly(FRAME);
    }

    @Test
    void the_import_lock_makes_a_second_import_wait_until_the_first_has_committed() throws Exception {
        java.util.concurrent.CountDownLatch firstHasLock = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> database.ports().transactions().run(() -> {
            log().lockImports();
            firstHasLock.countDown();
            sleep(700);
            log().add(FRAME);
        }));
        first.start();
        assertThat(firstHasLock.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        boolean sawFirst = database.ports().transactions().inTransaction(() -> {
            log().lockImports();
            return log().find("survey-frame", SHA).isPresent();
        });
        first.join(30_000);

        assertThat(sawFirst).as("after taking the lock, the second import sees what the first stored").isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_same_content_for_the_same_kind_is_recorded_once() {
        database.ports().transactions().run(() -> log().add(FRAME));

        assertThatThrownBy(() -> database.ports().transactions().run(() -> log().add(FRAME)))
                .isInstanceOf(ConflictException.class);
        assertThat(database.ports().transactions().inTransaction(log()::all)).hasSize(1);
    }
}
