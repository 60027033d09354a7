package se.coompanion.sesi.adapters.cli.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, table by table: the number of rows and a SHA-256 of the rows (each row's values as text,
 * sorted, so that the order the database returns them in does not matter). Two fingerprints are equal when every
 * table holds the same rows; {@link #differences} names the tables that differ.
 *
 * @param tables per table (lower case): "ROWS rows, SHA-256"
 */
public record DatabaseFingerprint(Map<String, String> tables) {

    /** The fingerprint of an H2 database file, given as sesi takes it (the path without {@code .mv.db}). */
    public static DatabaseFingerprint ofH2(Path database) {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "")) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + database + ": " + e.getMessage(), e);
        }
    }

    /** The fingerprint of every table of the connection's schema. */
    public static DatabaseFingerprint of(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        Map<String, String> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(rows.getString(i)).append('\u001f');
                        }
                        lines.add(line.toString());
                    }
                }
                Collections.sort(lines);
                tables.put(name.toLowerCase(Locale.ROOT), lines.size() + " rows, " + sha256(lines));
            }
        }
        return new DatabaseFingerprint(tables);
    }

    /** The tables whose content differs, with both fingerprints; empty when the databases hold the same. */
    public List<String> differences(DatabaseFingerprint other) {
        List<String> differences = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(tables);
        other.tables.forEach(all::putIfAbsent);
        for (String table : all.keySet()) {
            String mine = tables.getOrDefault(table, "absent");
            String theirs = other.tables.getOrDefault(table, "absent");
            if (!mine.equals(theirs)) {
                differences.add(table + ": " + mine + " -> " + theirs);
            }
        }
        return differences;
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
