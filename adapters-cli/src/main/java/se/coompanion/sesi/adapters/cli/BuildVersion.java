package se.coompanion.sesi.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, from {@code version.properties} (filled in by Maven). */
public final class BuildVersion {

    private BuildVersion() {
    }

    /** The version of this build, e.g. 0.1.0-SNAPSHOT; "unknown" when run from classes without the resource. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
