package se.coompanion.sesi.application.shared.port.out;

/** Describes the database the ports work on. */
public interface DatabaseDetails {

    DatabaseInfo describe();
}
