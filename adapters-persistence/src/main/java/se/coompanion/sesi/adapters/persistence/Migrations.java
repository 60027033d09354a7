package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway scripts in {@code db/migration}. Flyway itself (which scans the
 * class path and validates every script) runs only when a script has not been applied yet: a database that is up
 * to date opens without it, which keeps the start of every command short.
 */
final class Migrations {

    static final String LOCATION = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        Optional<Set<String>> scripts = scriptVersions();
        if (scripts.isPresent() && applied(dataSource).containsAll(scripts.get())) {
            return;
        }
        // Each area has a block of versions of its own (actors V10-V19, statistics V60-V69, ...) and areas land in
        // any order: a database made before an area with lower numbers landed must still take its scripts.
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** The versions of the scripts on the class path; empty when they cannot be listed (Flyway then decides). */
    static Optional<Set<String>> scriptVersions() {
        Set<String> versions = new HashSet<>();
        try {
            Enumeration<URL> locations = Migrations.class.getClassLoader().getResources(LOCATION);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                if (location.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) location.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(LOCATION + "/")) {
                                version(name.substring(LOCATION.length() + 1)).ifPresent(versions::add);
                            }
                        }
                    }
                } else if (location.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                        files.forEach(f -> version(f.getFileName().toString()).ifPresent(versions::add));
                    }
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException | ClassCastException e) {
            return Optional.empty();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    /**
     * Whether the database has Flyway's history table in the connection's schema: SESI's tables were made there (by
     * this or an earlier version). A schema that does not exist (a PostgreSQL {@code currentSchema} not made yet) has
     * none.
     */
    static boolean hasHistory(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        if (schema == null) {
            return false;
        }
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** The versions applied successfully; empty when there is no history table (a new database). */
    static Set<String> applied(DataSource dataSource) {
        Set<String> versions = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            // Look before querying: a failed query on a new H2 database would leave a .trace.db file behind.
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(),
                    "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return Set.of();
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select \"version\", \"success\" from "
                            + "\"flyway_schema_history\" where \"version\" is not null")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return Set.of();
                    }
                    versions.add(normalise(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            return Set.of();
        }
        return versions;
    }

    private static Optional<String> version(String fileName) {
        Matcher matcher = SCRIPT.matcher(fileName);
        return matcher.matches() ? Optional.of(normalise(matcher.group(1))) : Optional.empty();
    }

    /** Flyway's version text: "1", "1.1"; underscores are dots, leading zeros do not count. */
    static String normalise(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(part.replaceFirst("^0+(?=.)", ""));
        }
        return text.toString();
    }
}
