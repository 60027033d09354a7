package se.coompanion.sesi.adapters.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;

/** Whatever a file holds, reading it as CSV either gives rows or an InvalidInputException: nothing else. */
class CsvFileSourcePropertyTest {

    @Property(tries = 300)
    void any_bytes_give_rows_or_invalid_input(@ForAll("files") byte[] content) throws IOException {
        readOrRefuse(content);
    }

    @Property(tries = 300)
    void any_csv_like_text_gives_rows_with_increasing_lines_or_invalid_input(@ForAll("csvText") String text)
            throws IOException {
        readOrRefuse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void readOrRefuse(byte[] content) throws IOException {
        Path file = Files.createTempFile("sesi-property-", ".csv");
        try {
            Files.write(file, content);
            CsvFileSource source = CsvFileSource.open(file, FileEncoding.Choice.AUTO);
            int previous = source.headerLine();
            try (TabularSource.Rows rows = source.rows()) {
                while (rows.hasNext()) {
                    TabularRow row = rows.next();
                    assertThat(row.line()).isGreaterThan(previous);
                    previous = row.line();
                }
            }
        } catch (InvalidInputException expected) {
            assertThat(expected.problems()).isNotEmpty();
        } catch (UncheckedIOException e) {
            throw new AssertionError("an unreadable file must be invalid input, not " + e, e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.strings().withChars("ab,;\"\n\r ÅäÖ=\t").ofMaxLength(200);
    }
}
