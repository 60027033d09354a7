package se.coompanion.sesi.adapters.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The program's own texts, for tests of their wording: every message bundle and template of the main code of every
 * module (the tests run in {@code adapters-cli}, beside the others), with the glossary left out or not.
 */
final class ProgramTexts {

    private ProgramTexts() {
    }

    /** Every bundle and template of the main code, without the glossary. */
    static List<Path> all() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().contains("/src/main/resources/"))
                    .filter(f -> f.toString().endsWith(".properties") || f.toString().endsWith(".mustache"))
                    .filter(f -> !f.getFileName().toString().startsWith("glossary"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's language by its name: Swedish for {@code _sv.} and {@code -sv.}, otherwise English. */
    static String language(Path file) {
        String name = file.getFileName().toString();
        return name.contains("_sv.") || name.contains("-sv.") ? "sv" : "en";
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every match of the pattern in the file, as "file:line: match" (the pattern's group 1 if it has one). */
    static List<String> find(Path file, Pattern pattern) {
        String text = read(file);
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(file + ":" + line + ": " + (m.groupCount() > 0 ? m.group(1) : m.group()));
        }
        return found;
    }
}
