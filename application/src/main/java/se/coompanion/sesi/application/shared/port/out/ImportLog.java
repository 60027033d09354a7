package se.coompanion.sesi.application.shared.port.out;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.shared.ImportRecord;

/** The imports done so far, so that importing the same file twice stores nothing new. */
public interface ImportLog {

    Optional<ImportRecord> find(String kind, String sha256);

    /**
     * Waits until no other import (in this or another process) is writing, and holds the lock until the current
     * transaction ends. Called first in an import's writing transaction.
     */
    void lockImports();

    void add(ImportRecord record);

    List<ImportRecord> all();
}
