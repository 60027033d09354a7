package se.coompanion.sesi.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.documents.csv.RejectsFile;
import se.coompanion.sesi.adapters.documents.survey.results.SurveyExport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;

/**
 * The guards as a program that embeds the documents uses them, without the command line: the files it protects, a
 * directory and a special file are never written by a document, the survey export or the rejects file, and are
 * refused before any work; a pipe given to the CSV reader is refused at once instead of hanging.
 */
class OutputGuardTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @TempDir
    Path directory;

    /** The use case of the survey export, counting how often it is asked. */
    private final AtomicInteger exports = new AtomicInteger();
    private final ExportSurveyData nothingToExport = sink -> {
        exports.incrementAndGet();
        sink.variables(List.of());
        return 0;
    };

    private static TextDocument page() {
        return TextDocument.of("page.html", TextDocument.HTML, () -> "<p>sida</p>");
    }

    @Test
    void a_protected_file_is_never_written_and_is_written_again_once_the_protection_ends() throws IOException {
        Path database = Files.writeString(directory.resolve("own.mv.db"), "the database");

        try (OutputGuard.Protection protection = OutputGuard.protect(database::equals)) {
            assertThatThrownBy(() -> page().writeTo(database)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(database.toString());
            assertThatThrownBy(() -> new RejectsFile(database, SWEDISH)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(Files.readString(database)).isEqualTo("the database");
        assertThat(directory).isDirectoryNotContaining("glob:**.partial").isDirectoryNotContaining("glob:**/.*");

        page().writeTo(database);
        assertThat(Files.readString(database)).isEqualTo("<p>sida</p>");
    }

    @Test
    void the_survey_export_refuses_a_protected_target_before_it_reads_a_return() throws IOException {
        Path export = Files.createDirectories(directory.resolve("export"));
        Path spss = Files.writeString(export.resolve(SurveyExport.SPSS), "the database");

        try (OutputGuard.Protection protection = OutputGuard.protect(spss::equals)) {
            assertThatThrownBy(() -> new SurveyExport(nothingToExport, SWEDISH).writeInto(export))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(spss.toString());
        }

        assertThat(exports).as("the use case was not asked").hasValue(0);
        assertThat(Files.readString(spss)).isEqualTo("the database");
        try (var files = Files.list(export)) {
            assertThat(files).containsExactly(spss);
        }
    }

    @Test
    void the_survey_export_and_a_document_leave_a_named_pipe_a_pipe() throws Exception {
        Path export = Files.createDirectories(directory.resolve("export"));
        Path pipe = fifo(export.resolve(SurveyExport.DATA));

        assertThatThrownBy(() -> new SurveyExport(nothingToExport, SWEDISH).writeInto(export))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(pipe.toString());
        assertThatThrownBy(() -> page().writeTo(pipe)).isInstanceOf(InvalidInputException.class);

        assertThat(exports).hasValue(0);
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void a_document_is_not_written_into_a_file_nor_over_a_directory() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-folder"), "text");
        Path folder = Files.createDirectories(directory.resolve("page.html"));

        assertThatThrownBy(() -> page().writeInto(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> new SurveyExport(nothingToExport, SWEDISH).writeInto(file))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> page().writeTo(folder)).isInstanceOf(InvalidInputException.class);

        assertThat(Files.readString(file)).isEqualTo("text");
        assertThat(exports).hasValue(0);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void the_csv_reader_refuses_a_named_pipe_at_once() throws Exception {
        Path pipe = fifo(directory.resolve("actors.csv"));

        assertThatThrownBy(() -> CsvFileSource.open(pipe, FileEncoding.Choice.AUTO))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).format(Locale.ENGLISH))
                        .contains("not a regular file"));
    }

    @Test
    void the_guards_texts_are_swedish_and_english() throws IOException {
        Path database = Files.writeString(directory.resolve("own.mv.db"), "the database");
        try (OutputGuard.Protection protection = OutputGuard.protect(database::equals)) {
            InvalidInputException refused = (InvalidInputException) catchInvalid(() -> OutputGuard.check(database));
            assertThat(refused.problems().get(0).format(SWEDISH)).contains("databasen som används");
            assertThat(refused.problems().get(0).format(Locale.ENGLISH)).contains("database in use");
        }
    }

    private static Throwable catchInvalid(Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).as("mkfifo").isZero();
        return path;
    }
}
