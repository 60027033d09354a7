package se.coompanion.sesi.adapters.cli.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import se.coompanion.sesi.adapters.cli.OutputGuard;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/**
 * Produces the information material: prepares its content, renders it, writes
 * {@code DIR/informationsmaterial-LANG.html} or {@code .md} (whole or not at all: a temporary file is moved into
 * place), and records the production, which is the evidence of the activity INFORMATION_MATERIAL.
 */
public final class MaterialFiles {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "informationsmaterial";

    private MaterialFiles() {
    }

    /**
     * What was written.
     *
     * @param file            the file
     * @param usesExampleData true when the material shows example figures (labelled so)
     */
    public record Written(Path file, boolean usesExampleData) {
    }

    /** The file name for a format and language: {@code informationsmaterial-sv.html}. */
    public static String fileName(MaterialFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    public static Written write(SesiApplication sesi, Path directory, MaterialFormat format, Locale locale) {
        InformationMaterial material = sesi.prepareInformationMaterial().prepare();
        String content = MaterialDocument.render(material, format, locale);
        Path target = directory.resolve(fileName(format, locale));
        OutputGuard.check(target);
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw InvalidInputException.of(Message.of(MaterialFiles.class, "material.notDirectory", directory));
            }
            Files.createDirectories(directory);
            // Not Files.createTempFile: its owner-only permissions would stick to a document meant to be shared.
            Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw InvalidInputException.of(Message.of(MaterialFiles.class, "material.cannotWrite", target,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        sesi.recordMaterialProduction().record(new RecordMaterialProduction.Command(format, locale.getLanguage()));
        return new Written(target, material.usesExampleData());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
