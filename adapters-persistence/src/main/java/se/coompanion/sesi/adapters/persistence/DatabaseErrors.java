package se.coompanion.sesi.adapters.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.shared.Message;

/** Turns database failures that people can act on into the application's exceptions, with a clear message. */
final class DatabaseErrors {

    /** H2: the database file is locked by another process. */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** H2: a general error, which wraps a failed write of the store's file. */
    static final int H2_GENERAL_ERROR = 50000;

    /** H2: reading or writing a file failed. */
    static final int H2_IO_EXCEPTION = 90028;

    /** H2: the database is opened read-only and a statement would write it. */
    static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private DatabaseErrors() {
    }

    /** Whether a statement failed because the database is read-only. */
    static boolean readOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IS_READ_ONLY) {
                return true;
            }
        }
        return false;
    }

    static RuntimeException translate(RuntimeException e) {
        if (storageFailed(e)) {
            return new ConflictException(Message.of(DatabaseErrors.class, "db.storage", reason(e)), e);
        }
        Optional<SQLException> sql = sqlException(e);
        if (sql.isEmpty()) {
            return e;
        }
        String state = Optional.ofNullable(sql.get().getSQLState()).orElse("");
        if (state.equals("23505")) {
            SQLException cause = sql.get().getNextException() != null ? sql.get().getNextException() : sql.get();
            return new ConflictException(Message.of(DatabaseErrors.class, "db.duplicate",
                    String.valueOf(cause.getMessage()).lines().findFirst().orElse("")), e);
        }
        if (state.equals("40001") || state.equals("40P01") || sql.get().getErrorCode() == 40001) {
            return new ConflictException(Message.of(DatabaseErrors.class, "db.concurrent"), e);
        }
        return e;
    }

    /**
     * The database could not write its files (disk full, file size limit, I/O error): H2 reports it as an MVStore
     * write failure or an I/O exception (90028), PostgreSQL as insufficient resources (class 53) or an I/O error.
     */
    static boolean storageFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    && String.valueOf(t.getMessage()).startsWith("Writing to")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                boolean h2WriteFailed = sql.getErrorCode() == H2_GENERAL_ERROR
                        && String.valueOf(sql.getMessage()).contains("MVStoreException: Writing to");
                if (h2WriteFailed || sql.getErrorCode() == H2_IO_EXCEPTION || state.startsWith("53")
                        || state.equals("58030")) {
                    return true;
                }
            }
            if (t instanceof java.io.IOException io && String.valueOf(io.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            deepest = t;
        }
        return String.valueOf(deepest.getMessage()).lines().findFirst().orElse("");
    }

    static Optional<SQLException> sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
            if (t instanceof DataAccessException dae && dae.getCause() instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
