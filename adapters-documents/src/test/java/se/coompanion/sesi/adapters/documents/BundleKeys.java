package se.coompanion.sesi.adapters.documents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The message bundles of a module, checked for both languages: every key of {@code messages.properties} (English) is
 * in {@code messages_sv.properties} (Swedish) and the other way round, so that a bundle split between modules loses
 * no text in either language. Shared with the command line's tests through the test-jar.
 */
public final class BundleKeys {

    private BundleKeys() {
    }

    /**
     * Every key one language of a bundle has and the other lacks, as "bundle: key (only in en|sv)".
     *
     * @param resources the module's {@code src/main/resources}
     * @return the differences; empty when both languages have the same keys
     */
    public static List<String> differences(Path resources) throws IOException {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path english : files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted()
                    .toList()) {
                Path swedish = english.resolveSibling("messages_sv.properties");
                Set<String> en = keys(english);
                Set<String> sv = Files.exists(swedish) ? keys(swedish) : Set.of();
                String bundle = resources.relativize(english).toString();
                for (String key : en) {
                    if (!sv.contains(key)) {
                        differences.add(bundle + ": " + key + " (only in en)");
                    }
                }
                for (String key : sv) {
                    if (!en.contains(key)) {
                        differences.add(bundle + ": " + key + " (only in sv)");
                    }
                }
            }
        }
        return differences;
    }

    /** How many bundles the module has. */
    public static long count(Path resources) throws IOException {
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).count();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
