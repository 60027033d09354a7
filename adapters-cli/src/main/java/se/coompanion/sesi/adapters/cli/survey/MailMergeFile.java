package se.coompanion.sesi.adapters.cli.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.FrameUnit;

/**
 * The address list of a wave for the mail merge: {@code response_id,name,care_of,street,postal_code,town}, one
 * row per recipient in response-id order, the postal code written "NNN NN". UTF-8 with a byte order mark, so that
 * Word and Excel on Windows read å, ä and ö right; comma separated, RFC 4180 quotes; a name that a spreadsheet
 * would take for a formula gets a leading apostrophe (as every CSV of the tool).
 */
public final class MailMergeFile {

    static final List<String> COLUMNS = List.of("response_id", "name", "care_of", "street", "postal_code", "town");

    private static final char BOM = '\uFEFF';

    private MailMergeFile() {
    }

    /** Checks, before anything is recorded, that the file may be written ({@link OutputGuard}) in a folder. */
    public static void checkWritable(Path file) {
        OutputGuard.check(file);
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (Files.isDirectory(target)) {
            throw problem(file, "mailMerge.isDirectory");
        }
        if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw problem(file, "mailMerge.directory");
        }
    }

    /** Writes the list to a temporary file beside the target and moves it into place. */
    public static void write(Path file, List<FrameUnit> recipients) {
        Table table = new Table(COLUMNS.stream().map(c -> new Table.Column(c, Message.literal(c))).toList());
        for (FrameUnit unit : recipients) {
            table.row(Cell.text(unit.responseId().orElseThrow().toString()), Cell.text(unit.name()),
                    Cell.text(unit.address().careOf()), Cell.text(unit.address().street()),
                    Cell.text(unit.address().postalCode().formatted()), Cell.text(unit.address().town()));
        }
        OutputGuard.check(file);
        Path target = file.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(target.getParent(), ".mailmerge-", ".csv.partial");
            try {
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    writer.write(BOM);
                    CsvTable.print(table, writer);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the address list " + file + ": " + e.getMessage(), e);
        }
    }

    private static InvalidInputException problem(Path file, String key) {
        return InvalidInputException.of(Problem.ofField("--out", file.toString(), Message.of(MailMergeFile.class, key,
                file.toString())));
    }
}
