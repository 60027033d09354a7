package se.coompanion.sesi.application.shared.port.out;

import se.coompanion.sesi.application.shared.DatabaseInfo;

/** Describes the database the ports work on. */
public interface DatabaseDetails {

    DatabaseInfo describe();
}
