package se.coompanion.sesi.adapters.persistence.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.DatabaseInfo;

/** Describes the open database from its metadata and Flyway's history table. */
public final class JooqDatabaseDetails implements DatabaseDetails {

    private final DSLContext dsl;
    private final DatabaseConfig config;

    public JooqDatabaseDetails(DSLContext dsl, DatabaseConfig config) {
        this.dsl = dsl;
        this.config = config;
    }

    @Override
    public DatabaseInfo describe() {
        String product = dsl.connectionResult(c -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        // Flyway creates its table with quoted lower-case names.
        String version = dsl.select(DSL.field(DSL.quotedName("version"), String.class))
                .from(DSL.table(DSL.quotedName("flyway_schema_history")))
                .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.quotedName("version")).isNotNull())
                .orderBy(DSL.field(DSL.quotedName("installed_rank")).desc())
                .limit(1)
                .fetchOptional(0, String.class)
                .orElse("");
        String location = config.h2File().map(p -> p + ".mv.db").orElse(config.shownUrl());
        Optional<Long> size = config.h2File().flatMap(p -> size(Path.of(p + ".mv.db")));
        return new DatabaseInfo(product, location, config.user(), version, size);
    }

    private static Optional<Long> size(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.size(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
