package se.coompanion.sesi.adapters.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.domain.shared.Message;

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

    /** File name extensions of documents, pictures and data files: never the name of a database. */
    private static final Set<String> NOT_A_DATABASE = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "pdf",
            "html", "htm", "md", "txt", "csv", "tsv", "xls", "xlsx", "ods", "odt", "doc", "docx", "json", "xml", "zip",
            "gz", "sps", "r", "sql", "lock", "summary", "rollback", "partial");

    /** H2's file systems that keep a database in a file of this machine (prefixes of the name in a URL). */
    private static final List<String> FILE_SYSTEMS = List.of("file:", "nio:", "niomapped:", "split:", "async:",
            "retry:", "zip:", "rec:");

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(h2File, "h2File");
        if (h2File.isEmpty()) {
            h2FileOfUrl(jdbcUrl).ifPresent(path -> {
                throw InvalidInputException.of(Message.of(DatabaseConfig.class, "db.h2FileUrl", shown(jdbcUrl), path));
            });
        }
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

    /**
     * A database by JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/sesi}, or an H2 database in memory or on an
     * H2 server. An H2 URL that names a file of this machine ({@code jdbc:h2:file:PATH}, {@code jdbc:h2:PATH}, with any
     * file-system prefix or options) is refused with the path to give instead: a file is opened by its path only
     * ({@link #h2File}), so that sesi can guard it (one process at a time, the copy that undoes an interrupted import,
     * owner-only permissions), whatever options a URL would add.
     *
     * @throws InvalidInputException for an H2 URL that names a file
     */
    public static DatabaseConfig jdbcUrl(String url, String user, String password) {
        return new DatabaseConfig(url, Optional.empty(), user, password);
    }

    /**
     * The rule of the command line: a value starting with {@code jdbc:} is a JDBC URL (with the credentials), anything
     * else is the path of an H2 file. An embedded file that sesi creates has no credentials of its own, so the
     * credentials (meant for a server) do not apply to a file path. A path whose name ends like a document or a
     * picture ({@code x.png}, {@code x.csv}), or like one of the files sesi keeps beside a database
     * ({@code x.mv.db.lock}), is refused: it is a slip, and it would make a database {@code x.png.mv.db}.
     */
    public static DatabaseConfig parse(String value, String user, String password) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return h2File(DEFAULT_H2_FILE);
        }
        if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return jdbcUrl(trimmed, user, password);
        }
        Path path = Path.of(trimmed);
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (!name.endsWith(H2_SUFFIX) && (name.contains(H2_SUFFIX + ".")
                || dot > 0 && NOT_A_DATABASE.contains(name.substring(dot + 1)))) {
            throw InvalidInputException.of(Message.of(DatabaseConfig.class, "db.notADatabaseName", trimmed));
        }
        return h2File(path);
    }

    /**
     * Whether a file is one of the files of this embedded database (the database, its lock, its summary, its rollback
     * copy, and the temporary files of H2 and sesi beside it), also when reached through a symbolic link or a linked
     * directory, or not yet existing. A writer refuses such a target: writing it would replace the database.
     */
    public boolean ownsFile(Path candidate) {
        return h2File.map(base -> DatabaseFiles.of(base).owns(candidate)).orElse(false);
    }

    /**
     * The path an H2 URL names, when it names a file of this machine: {@code jdbc:h2:file:/data/sesi;AUTO_SERVER=TRUE}
     * names {@code /data/sesi}. Empty for an H2 database in memory or on a server, and for any other URL.
     */
    static Optional<String> h2FileOfUrl(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        int options = rest.indexOf(';');
        String name = (options < 0 ? rest : rest.substring(0, options)).strip();
        while (true) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                    || lower.startsWith("memfs:") || lower.startsWith("memlzf:") || lower.startsWith("niomemfs:")
                    || lower.startsWith("niomemlzf:")) {
                return Optional.empty();
            }
            String prefix = FILE_SYSTEMS.stream().filter(lower::startsWith).findFirst().orElse(null);
            if (prefix == null) {
                break;
            }
            name = name.substring(prefix.length());
            if (prefix.equals("split:") && name.matches("[0-9]+:.*")) {
                name = name.substring(name.indexOf(':') + 1);
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
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
        return shown(jdbcUrl);
    }

    private static String shown(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
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
