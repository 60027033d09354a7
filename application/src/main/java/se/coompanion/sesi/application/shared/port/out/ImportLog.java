package se.coompanion.sesi.application.shared.port.out;

import java.util.List;
import java.util.Optional;

/** The imports done so far, so that importing the same file twice stores nothing new. */
public interface ImportLog {

    Optional<ImportRecord> find(String kind, String sha256);

    void add(ImportRecord record);

    List<ImportRecord> all();
}
