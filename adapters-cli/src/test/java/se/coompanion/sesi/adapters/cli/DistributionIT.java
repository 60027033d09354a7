package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        assertThat(archives(cache)).singleElement().satisfies(name -> assertThat(name).matches("sesi-[0-9]+\\.jsa"));
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

    private static List<String> archives(Path cache) throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private Result sesi(Path cache, String... args) throws IOException, InterruptedException {
        return sesi(cache, Map.of(), args);
    }

    private Result sesi(Path cache, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
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
