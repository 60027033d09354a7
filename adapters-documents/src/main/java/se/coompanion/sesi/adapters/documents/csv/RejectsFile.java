package se.coompanion.sesi.adapters.documents.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.RejectSink;
import se.coompanion.sesi.application.shared.TabularRow;

/**
 * The rows an import rejected, written as CSV: {@code line}, {@code problems}, then the row's own columns as in
 * the input, so that a person can fix the rows and import the file again. Written to a temporary file and moved
 * into place only when the import succeeded ({@link #keep()}); {@link #discard()} removes it otherwise. Its target
 * is checked by {@link OutputGuard}; it is written by {@link CsvWriter}, so a rejected cell that a spreadsheet would
 * run as a formula (often the very reason it was rejected) is neutralised.
 */
public final class RejectsFile implements RejectSink, AutoCloseable {

    private final Path target;
    private final Path partial;
    private final Locale locale;
    private final BufferedWriter writer;
    private CsvWriter printer;
    private int rows;

    public RejectsFile(Path target, Locale locale) {
        OutputGuard.check(target);
        this.target = target.toAbsolutePath();
        this.locale = locale;
        try {
            Path directory = this.target.getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            this.partial = Files.createTempFile(directory, ".rejects-", ".csv.partial");
            this.writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reject(List<String> header, TabularRow row, List<Problem> problems) {
        if (printer == null) {
            List<Object> columns = new ArrayList<>(List.of("line", "problems"));
            columns.addAll(header);
            printer = new CsvWriter(writer);
            printer.record(columns);
        }
        List<Object> values = new ArrayList<>();
        values.add(CsvWriter.verbatim(Integer.toString(row.line())));
        values.add(problems.stream().map(p -> p.withoutLocation().format(locale)).collect(Collectors.joining("; ")));
        values.addAll(row.values());
        printer.record(values);
        rows++;
    }

    /** Rows written so far. */
    public int rows() {
        return rows;
    }

    public Path target() {
        return target;
    }

    /** Moves the finished file into place. */
    public void keep() {
        OutputGuard.check(target);
        try {
            writer.flush();
            writer.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the unfinished file. */
    public void discard() {
        try {
            writer.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (Files.exists(partial)) {
            discard();
        }
    }
}
