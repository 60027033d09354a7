package se.coompanion.sesi.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * A table of text to import: a header and its rows, read as often as needed (an import reads twice: once
 * to check every row, once to store them, so that a file of any size is never held in memory). The command
 * line reads CSV files into this; an embedding program can give rows from anywhere with {@link #of}.
 */
public interface TabularSource {

    /** The file name as the user gave it, used in problem reports. */
    String name();

    /** SHA-256 of the content, 64 lower-case hex digits: the same content is the same import. */
    String sha256();

    /** The line number of the header (1 unless the file starts with blank lines). */
    int headerLine();

    /** The column names as written. */
    List<String> header();

    /** The data rows from the first; each call starts again. */
    Rows rows();

    /** An open pass over the rows. */
    interface Rows extends Iterator<TabularRow>, AutoCloseable {
        @Override
        void close();
    }

    /** A table held in memory; rows are numbered from line 2. */
    static TabularSource of(String name, List<String> header, List<List<String>> rows) {
        List<String> fixedHeader = List.copyOf(header);
        List<TabularRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new TabularRow(i + 2, rows.get(i)));
        }
        List<TabularRow> fixedRows = List.copyOf(numbered);
        String digest = sha256Of(fixedHeader, rows);
        return new TabularSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String sha256() {
                return digest;
            }

            @Override
            public int headerLine() {
                return 1;
            }

            @Override
            public List<String> header() {
                return fixedHeader;
            }

            @Override
            public Rows rows() {
                Iterator<TabularRow> iterator = fixedRows.iterator();
                return new Rows() {
                    @Override
                    public boolean hasNext() {
                        return iterator.hasNext();
                    }

                    @Override
                    public TabularRow next() {
                        return iterator.next();
                    }

                    @Override
                    public void close() {
                        // nothing to release
                    }
                };
            }
        };
    }

    private static String sha256Of(List<String> header, List<List<String>> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u001f", header).getBytes(StandardCharsets.UTF_8));
            for (List<String> row : rows) {
                digest.update((byte) '\n');
                digest.update(String.join("\u001f", row).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
