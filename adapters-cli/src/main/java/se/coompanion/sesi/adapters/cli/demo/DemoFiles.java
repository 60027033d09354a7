package se.coompanion.sesi.adapters.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The demo's data files: on the class path beside the demo steps, copied into the demo directory to be imported. */
final class DemoFiles {

    private DemoFiles() {
    }

    /** Copies the resource {@code name} into the directory and returns the copy. */
    static Path copy(String name, Path directory) {
        Path file = directory.resolve(name);
        try (InputStream in = DemoFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("a demo file is missing from the class path: " + name);
            }
            Files.createDirectories(directory);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
