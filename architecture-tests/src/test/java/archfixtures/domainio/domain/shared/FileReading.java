package archfixtures.domainio.domain.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Violation: the domain reads a file. */
public final class FileReading {
    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
