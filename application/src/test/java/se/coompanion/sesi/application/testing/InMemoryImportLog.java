package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;

public final class InMemoryImportLog implements ImportLog, InMemory {

    private final List<ImportRecord> records = new ArrayList<>();
    private int locks;

    @Override
    public Optional<ImportRecord> find(String kind, String sha256) {
        return records.stream().filter(r -> r.kind().equals(kind) && r.sha256().equals(sha256)).findFirst();
    }

    @Override
    public void lockImports() {
        locks++;
    }

    /** How often an import took the lock. */
    public int locks() {
        return locks;
    }

    @Override
    public void add(ImportRecord record) {
        records.add(record);
    }

    @Override
    public List<ImportRecord> all() {
        return List.copyOf(records);
    }

    @Override
    public Object snapshot() {
        return List.copyOf(records);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        records.clear();
        records.addAll((List<ImportRecord>) snapshot);
    }
}
