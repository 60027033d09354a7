package se.coompanion.sesi.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date with the Flyway scripts in {@code db/migration}. */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
