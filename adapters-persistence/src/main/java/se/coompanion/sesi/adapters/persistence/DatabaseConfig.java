package se.coompanion.sesi.adapters.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database to open: an embedded H2 file (the default) or any JDBC URL (H2 or PostgreSQL), with the
 * credentials, which come from the environment and never from arguments.
 *
 * @param jdbcUrl  the JDBC URL
 * @param h2File   the H2 file path without the {@code .mv.db} suffix, for an embedded file database
 * @param user     the database user, or empty
 * @param password the password, or empty
 */
public record DatabaseConfig(String jdbcUrl, Optional<Path> h2File, String user, String password) {

    /** The default database: {@code ./sesi-data/sesi} (H2 file, created on first use). */
    public static final Path DEFAULT_H2_FILE = Path.of("sesi-data", "sesi");

    private static final String H2_SUFFIX = ".mv.db";

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(h2File, "h2File");
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
    }

    /**
     * An embedded H2 file database. The path names the database, {@code sesi-data/sesi} becomes the file
     * {@code sesi-data/sesi.mv.db}; a path that already ends with {@code .mv.db} is taken as that file.
     */
    public static DatabaseConfig h2File(Path path) {
        String text = path.toString();
        Path base = text.endsWith(H2_SUFFIX) ? Path.of(text.substring(0, text.length() - H2_SUFFIX.length())) : path;
        Path absolute = base.toAbsolutePath().normalize();
        // No .trace.db file: errors are reported by sesi itself, and a trace could hold data outside its owner-only file.
        // concat, not +: this runs in the start of every command, where + costs its first-use bootstrap.
        return new DatabaseConfig("jdbc:h2:file:".concat(absolute.toString()).concat(";TRACE_LEVEL_FILE=0"),
                Optional.of(absolute), "sa", "");
    }

    /** A database by JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/sesi}. */
    public static DatabaseConfig jdbcUrl(String url, String user, String password) {
        return new DatabaseConfig(url, Optional.empty(), user, password);
    }

    /**
     * The rule of the command line: a value starting with {@code jdbc:} is a JDBC URL (with the credentials), anything
     * else is the path of an H2 file. An embedded file that sesi creates has no credentials of its own, so the
     * credentials (meant for a server) do not apply to a file path.
     */
    public static DatabaseConfig parse(String value, String user, String password) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return h2File(DEFAULT_H2_FILE);
        }
        if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return jdbcUrl(trimmed, user, password);
        }
        return h2File(Path.of(trimmed));
    }

    /** The database kind, from the URL. */
    public Vendor vendor() {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        return Vendor.OTHER;
    }

    /** The URL as it may be shown: without any password parameter. */
    public String shownUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + shownUrl() + ", user=" + user + "]";
    }

    /** The database kinds the adapter supports. */
    public enum Vendor {
        H2, POSTGRESQL, OTHER
    }
}
