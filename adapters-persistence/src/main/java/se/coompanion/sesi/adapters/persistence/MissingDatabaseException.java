package se.coompanion.sesi.adapters.persistence;

import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@link SesiDatabase#openExisting} found no SESI database where the configuration points: no embedded file at the
 * path, or a database (a PostgreSQL schema, an H2 file or server) without SESI's tables. Nothing was created.
 */
public final class MissingDatabaseException extends NotFoundException {

    private final String location;
    private final Reason reason;

    private MissingDatabaseException(Message text, String location, Reason reason) {
        super(text);
        this.location = location;
        this.reason = reason;
    }

    static MissingDatabaseException noFile(String location) {
        return new MissingDatabaseException(Message.of(MissingDatabaseException.class, "db.missing", location),
                location, Reason.NO_FILE);
    }

    static MissingDatabaseException noSchema(String location) {
        return new MissingDatabaseException(Message.of(MissingDatabaseException.class, "db.noSchema", location),
                location, Reason.NO_SCHEMA);
    }

    /** Where the database was looked for, for people: the {@code .mv.db} file, or the URL without a password. */
    public String location() {
        return location;
    }

    public Reason reason() {
        return reason;
    }

    /** What was missing. */
    public enum Reason {
        /** No embedded database file at the path. */
        NO_FILE,
        /** A database without SESI's tables (no Flyway history): empty, or another program's. */
        NO_SCHEMA
    }
}
