package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;

/** Run in a child JVM: opens an embedded database, says so, and holds it until its stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(Path.of(args[0])))) {
            System.out.println("holding " + database.config().shownUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
