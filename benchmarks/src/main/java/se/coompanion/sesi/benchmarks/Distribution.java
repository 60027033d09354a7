package se.coompanion.sesi.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged sesi (adapters-cli/target/sesi: bin/sesi and lib/), run through its launcher with the JVM that runs
 * the harness, and with a CDS cache directory of the benchmark's own.
 *
 * @param home  the distribution directory
 * @param cache the launcher's CDS cache directory (SESI_CACHE_DIR)
 */
record Distribution(Path home, Path cache) {

    Distribution {
        if (!Files.isExecutable(home.resolve("bin").resolve("sesi"))) {
            throw new IllegalArgumentException(home + "/bin/sesi is missing: run mvn -DskipTests package first");
        }
    }

    /** The JVM of this harness; the launcher gets it as JAVA_HOME. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** bin/sesi with the arguments. */
    List<String> sesi(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("sesi").toString());
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's environment: this JVM, the cache, CDS on or off, extra JVM options. */
    Map<String, String> environment(boolean cds, String javaOptions) {
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("SESI_CACHE_DIR", cache.toString());
        environment.put("SESI_CDS", cds ? "on" : "off");
        environment.put("SESI_JAVA_OPTS", javaOptions);
        environment.put("SESI_LANG", "en");
        environment.put("SESI_DB", null);
        return environment;
    }

    /** The CDS archives the launcher has made. */
    List<Path> archives() {
        try (var files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
