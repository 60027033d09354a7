package se.coompanion.sesi.adapters.documents.survey.results;

import java.nio.file.Files;
import java.nio.file.Path;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The folder of {@code --out DIR}: a path that is a file is refused; each file is written by {@link OutputFile}
 * (the folder created when missing, the file whole or not at all, UTF-8).
 */
public final class OutputFolder {

    private final Path directory;

    public OutputFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        if (Files.exists(this.directory) && !Files.isDirectory(this.directory)) {
            throw InvalidInputException.of(Problem.ofField("--out", directory.toString(),
                    Message.of(OutputFolder.class, "out.notDirectory", directory.toString())));
        }
    }

    public Path directory() {
        return directory;
    }

    /** Writes {@code name} in the folder and returns its path. */
    public Path write(String name, OutputFile.Content content) {
        Path target = directory.resolve(name);
        OutputFile.write(target, content);
        return target;
    }
}
