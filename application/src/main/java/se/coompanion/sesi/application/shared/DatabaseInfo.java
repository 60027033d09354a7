package se.coompanion.sesi.application.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * What the database is: its kind and version, where it is (never with a password), the schema version,
 * and its size on disk when known.
 *
 * @param product       e.g. "H2 2.4.240" or "PostgreSQL 15.18"
 * @param location      the JDBC URL or file path, without credentials
 * @param user          the database user, or empty
 * @param schemaVersion the newest migration applied
 * @param sizeBytes     size on disk for a file database
 */
public record DatabaseInfo(String product, String location, String user, String schemaVersion,
        Optional<Long> sizeBytes) {

    public DatabaseInfo {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(location, "location");
        user = Objects.requireNonNullElse(user, "");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
    }
}
