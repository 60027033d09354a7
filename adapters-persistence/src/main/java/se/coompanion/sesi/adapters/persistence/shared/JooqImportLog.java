package se.coompanion.sesi.adapters.persistence.shared;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPORT_LOCK;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPORT_LOG;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImportLogRecord;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;

/** The import log in table {@code import_log}. */
public final class JooqImportLog implements ImportLog {

    private final DSLContext dsl;

    public JooqImportLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ImportRecord> find(String kind, String sha256) {
        return dsl.selectFrom(IMPORT_LOG)
                .where(IMPORT_LOG.KIND.eq(kind).and(IMPORT_LOG.SHA256.eq(sha256)))
                .fetchOptional()
                .map(JooqImportLog::toRecord);
    }

    @Override
    public void lockImports() {
        dsl.select(IMPORT_LOCK.ID).from(IMPORT_LOCK).where(IMPORT_LOCK.ID.eq(1)).forUpdate().fetch();
    }

    @Override
    public void add(ImportRecord record) {
        dsl.insertInto(IMPORT_LOG)
                .set(IMPORT_LOG.KIND, record.kind())
                .set(IMPORT_LOG.SHA256, record.sha256())
                .set(IMPORT_LOG.SOURCE_NAME, record.sourceName())
                .set(IMPORT_LOG.ROWS_READ, record.rowsRead())
                .set(IMPORT_LOG.ROWS_STORED, record.rowsStored())
                .set(IMPORT_LOG.ROWS_REJECTED, record.rowsRejected())
                .set(IMPORT_LOG.IMPORTED_AT, record.importedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<ImportRecord> all() {
        return dsl.selectFrom(IMPORT_LOG).orderBy(IMPORT_LOG.ID).fetch(JooqImportLog::toRecord);
    }

    private static ImportRecord toRecord(ImportLogRecord r) {
        return new ImportRecord(r.getKind(), r.getSha256(), r.getSourceName(), r.getRowsRead(), r.getRowsStored(),
                r.getRowsRejected(), r.getImportedAt().toInstant());
    }
}
