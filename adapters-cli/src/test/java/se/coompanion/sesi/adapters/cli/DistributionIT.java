package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged distribution runs as a user runs it: target/sesi/bin/sesi, with its class-data sharing archive. */
class DistributionIT {

    private static final Path LAUNCHER = Path.of("target", "sesi", "bin", "sesi").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void the_launcher_runs_sesi_and_records_a_class_data_sharing_archive_on_the_first_real_run() throws Exception {
        assertThat(LAUNCHER).isExecutable();
        Path cache = directory.resolve("cache");

        Result version = sesi(cache, "--version");
        Result help = sesi(cache, "status", "--help");
        assertThat(version.code()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("sesi ");
        assertThat(help.code()).as(help.output()).isZero();
        assertThat(archives(cache)).as("help and the version load too little to be worth an archive").isEmpty();

        Result init = sesi(cache, "init");
        assertThat(init.code()).as(init.output()).isZero();
        assertThat(archives(cache)).singleElement()
                .satisfies(name -> assertThat(name).matches("installation-[0-9]+/sesi-[0-9]+\\.jsa"));
        Result status = sesi(cache, "status", "--format", "csv");

        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).startsWith("activity,target,actual,unit,progress_percent,status\n")
                .contains("NEEDS_ANALYSIS,15,0,MUNICIPALITIES,0.0,NOT_STARTED");
        assertThat(status.output()).doesNotContain("cds", "CDS", "warning");
    }

    @Test
    void the_run_that_records_the_archive_computes_the_status_and_later_runs_answer_from_the_summary()
            throws Exception {
        Path summary = directory.resolve("data").resolve("sesi.mv.db.summary");
        assertThat(sesi(directory.resolve("cache"), "init").code()).isZero();
        assertThat(sesi(directory.resolve("cache"), "status", "--format", "csv").code()).isZero();
        assertThat(summary).exists();
        mark(summary);

        Path fresh = directory.resolve("fresh-cache");
        Result recording = sesi(fresh, "status", "--format", "csv");
        assertThat(archives(fresh)).as("recorded by this run").hasSize(1);
        assertThat(recording.output()).as("computed, so that the archive holds a real start")
                .startsWith("activity,target");

        mark(summary);
        Result answered = sesi(fresh, "status", "--format", "csv");
        assertThat(answered.code()).isZero();
        assertThat(answered.output()).as("from the summary, which this test marked").startsWith("ACTIVITY,target");
    }

    /** Writes the CSV column "activity" in capitals in the kept status texts: an answer from them shows it. */
    private static void mark(Path summary) throws IOException {
        String text = new String(Files.readAllBytes(summary), StandardCharsets.ISO_8859_1);
        Files.write(summary, text.replace("activity,", "ACTIVITY,").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void the_launcher_passes_on_exit_codes_and_records_no_archive_from_a_failed_run() throws Exception {
        Result notFound = sesi(directory.resolve("cache"), "status");
        assertThat(notFound.code()).isEqualTo(ExitCode.NOT_FOUND);
        Result usage = sesi(directory.resolve("cache"), "--no-such-option");
        assertThat(usage.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(archives(directory.resolve("cache"))).isEmpty();
    }

    @Test
    void the_jit_compiles_with_c1_only_unless_sesi_java_opts_say_otherwise() throws Exception {
        Result launcherDefault = sesi(directory.resolve("cache"), Map.of("SESI_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "--version");
        Result overridden = sesi(directory.resolve("cache"), Map.of("SESI_JAVA_OPTS",
                "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--version");

        assertThat(launcherDefault.code()).as(launcherDefault.output()).isZero();
        assertThat(launcherDefault.output()).containsPattern("TieredStopAtLevel\\s+= 1 ");
        assertThat(overridden.output()).containsPattern("TieredStopAtLevel\\s+= 4 ");
    }

    @Test
    void two_installations_used_in_turn_keep_their_archives_and_each_replaces_only_its_own() throws Exception {
        Path cache = directory.resolve("cache");
        Path first = install("first");
        Path second = install("second");

        assertThat(sesi(first, cache, Map.of(), "init").code()).isZero();
        List<String> firstArchive = archives(cache);
        assertThat(sesi(second, cache, Map.of(), "status", "--format", "csv").code()).isZero();
        List<String> both = archives(cache);
        assertThat(both).as("one archive per installation").hasSize(2).containsAll(firstArchive);
        FileTime recorded = Files.getLastModifiedTime(cache.resolve(firstArchive.get(0)));

        for (int turn = 0; turn < 2; turn++) {
            assertThat(sesi(first, cache, Map.of(), "project", "show").code()).isZero();
            assertThat(sesi(second, cache, Map.of(), "project", "show").code()).isZero();
        }
        assertThat(archives(cache)).as("switching records nothing and deletes nothing").isEqualTo(both);
        assertThat(Files.getLastModifiedTime(cache.resolve(firstArchive.get(0)))).isEqualTo(recorded);

        // A jar of the first installation changes (an upgrade in place): its archive is out of date and replaced; the
        // second installation's stays.
        Path jar;
        try (Stream<Path> jars = Files.list(first.resolve("lib"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("sesi-adapters-cli")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(sesi(first, cache, Map.of(), "project", "show").code()).isZero();
        List<String> after = archives(cache);
        assertThat(after).hasSize(2).doesNotContain(firstArchive.get(0));
        assertThat(after).containsAll(both.stream().filter(a -> !a.equals(firstArchive.get(0))).toList());

        // An installation that is removed: the next run that records an archive removes its directory of archives.
        String secondDirectory = both.stream().filter(a -> !a.equals(firstArchive.get(0))).findFirst().orElseThrow()
                .split("/")[0];
        delete(second);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(sesi(first, cache, Map.of(), "project", "show").code()).isZero();
        assertThat(archives(cache)).singleElement().satisfies(a -> assertThat(a).doesNotStartWith(secondDirectory));
    }

    /** A copy of the distribution, as a second installed version or checkout would be. */
    private Path install(String name) throws IOException {
        Path home = LAUNCHER.getParent().getParent();
        Path copy = directory.resolve(name);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(home.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The archives in the cache, as {@code installation-N/sesi-K.jsa}. */
    private static List<String> archives(Path cache) throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa"))
                    .map(p -> cache.relativize(p).toString()).sorted().toList();
        }
    }

    private Result sesi(Path cache, String... args) throws IOException, InterruptedException {
        return sesi(cache, Map.of(), args);
    }

    private Result sesi(Path cache, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return sesi(LAUNCHER.getParent().getParent(), cache, environment, args);
    }

    private Result sesi(Path installation, Path cache, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(installation.resolve("bin").resolve("sesi").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("SESI_CACHE_DIR", cache.toString());
        builder.environment().put("SESI_DB", directory.resolve("data").resolve("sesi").toString());
        builder.environment().remove("SESI_LANG");
        builder.environment().remove("SESI_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
