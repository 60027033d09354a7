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

    private DatabaseErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
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
