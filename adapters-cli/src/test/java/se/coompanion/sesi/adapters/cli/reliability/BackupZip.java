package se.coompanion.sesi.adapters.cli.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The entries of a backup zip, to be changed and written again as a crafted backup. */
final class BackupZip {

    static final String MANIFEST = "sesi-backup.properties";

    private final Map<String, byte[]> entries;

    private BackupZip(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    static BackupZip read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return new BackupZip(entries);
    }

    /** What begins every non-empty cell of the backup's tables (the format's marker of a value). */
    String marker() {
        return lines("tables/prestudy_activity.csv").get(1).substring(0, 1);
    }

    String text(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    List<String> lines(String name) {
        return new ArrayList<>(Arrays.asList(text(name).split("\n", -1)));
    }

    BackupZip with(String name, String text) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(name, text.getBytes(StandardCharsets.UTF_8));
        return new BackupZip(changed);
    }

    BackupZip with(String name, byte[] bytes) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(name, bytes);
        return new BackupZip(changed);
    }

    /** The table's CSV with line {@code line} (1: the header) changed. */
    BackupZip withLine(String table, int line, UnaryOperator<String> change) {
        List<String> lines = lines("tables/" + table + ".csv");
        lines.set(line - 1, change.apply(lines.get(line - 1)));
        return with("tables/" + table + ".csv", String.join("\n", lines));
    }

    BackupZip without(String name) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.remove(name);
        return new BackupZip(changed);
    }

    /**
     * The backup with each table's checksum in the manifest made right for the table as it is now (as someone who
     * crafts a backup would), so that what is tested is the check of the cells; a manifest without checksums (a
     * backup of an earlier release) is left as it is.
     */
    BackupZip resealed() throws Exception {
        List<String> manifest = lines(MANIFEST);
        for (int i = 0; i < manifest.size(); i++) {
            String line = manifest.get(i);
            if (line.startsWith("sha256.")) {
                String table = line.substring("sha256.".length(), line.indexOf('='));
                byte[] entry = entries.get("tables/" + table + ".csv");
                if (entry != null) {
                    manifest.set(i, "sha256." + table + "=" + java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(entry)));
                }
            }
        }
        return with(MANIFEST, String.join("\n", manifest));
    }

    Path write(Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
