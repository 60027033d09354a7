package se.coompanion.sesi.adapters.persistence;

import java.nio.file.Path;
import java.time.Instant;
import se.coompanion.sesi.domain.prestudy.SesiPlan;

/**
 * Run in a child JVM by {@link DurabilityTest}: opens the database, commits the pre-study, says so, and stops the
 * JVM at once without closing anything (as kill -9 would).
 */
public final class CommitThenHalt {

    private CommitThenHalt() {
    }

    public static void main(String[] args) {
        SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(Path.of(args[0])));
        database.ports().transactions().run(() -> database.ports().preStudies().add(SesiPlan.preStudy(),
                Instant.parse("2024-01-02T08:00:00Z")));
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
