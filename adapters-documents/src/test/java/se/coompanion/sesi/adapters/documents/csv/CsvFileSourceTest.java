package se.coompanion.sesi.adapters.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;

class CsvFileSourceTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path directory;

    private Path file(String name, byte[] content) throws IOException {
        Path path = directory.resolve(name);
        Files.write(path, content);
        return path;
    }

    private static List<TabularRow> rows(TabularSource source) {
        List<TabularRow> rows = new ArrayList<>();
        try (TabularSource.Rows pass = source.rows()) {
            pass.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void reads_utf8_with_commas() throws IOException {
        CsvFileSource source = CsvFileSource.open(file("a.csv",
                "namn,postort\nFöreningen Älven,Östersund\n".getBytes(StandardCharsets.UTF_8)), FileEncoding.Choice.AUTO);

        assertThat(source.header()).containsExactly("namn", "postort");
        assertThat(source.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(rows(source)).containsExactly(new TabularRow(2, List.of("Föreningen Älven", "Östersund")));
    }

    @Test
    void reads_a_utf8_file_with_a_byte_order_mark_without_the_mark_in_the_first_header() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "namn;postort\r\nÅre IF;Åre\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        CsvFileSource source = CsvFileSource.open(file("bom.csv", content), FileEncoding.Choice.AUTO);

        assertThat(source.header()).containsExactly("namn", "postort");
        assertThat(source.delimiter()).isEqualTo(';');
        assertThat(rows(source)).containsExactly(new TabularRow(2, List.of("Åre IF", "Åre")));
    }

    @Test
    void reads_swedish_excel_csv_in_windows_1252_with_semicolons() throws IOException {
        String text = "organisationsnummer;namn;postort\r\n716460-3867;Coompanion Västernorrland;Sundsvall\r\n"
                + "802000-0000;Bygdeföreningen i Ströms Vattudal;Strömsund\r\n";

        CsvFileSource source = CsvFileSource.open(file("excel.csv", text.getBytes(WINDOWS_1252)),
                FileEncoding.Choice.AUTO);

        assertThat(source.encoding().charset()).isEqualTo(WINDOWS_1252);
        assertThat(rows(source)).extracting(r -> r.values().get(1))
                .containsExactly("Coompanion Västernorrland", "Bygdeföreningen i Ströms Vattudal");
    }

    @Test
    void a_quoted_field_may_span_lines_and_every_row_keeps_the_line_it_starts_on() throws IOException {
        String text = "namn,beskrivning\n\"A\",\"rad ett\nrad två\"\n\nB,\"med \"\"citat\"\", och komma\"\nC,x\n";

        List<TabularRow> rows = rows(CsvFileSource.open(file("multi.csv", text.getBytes(StandardCharsets.UTF_8)),
                FileEncoding.Choice.AUTO));

        assertThat(rows).containsExactly(
                new TabularRow(2, List.of("A", "rad ett\nrad två")),
                new TabularRow(5, List.of("B", "med \"citat\", och komma")),
                new TabularRow(6, List.of("C", "x")));
    }

    @Test
    void the_header_may_follow_blank_lines() throws IOException {
        CsvFileSource source = CsvFileSource.open(file("blank.csv", "\n\nnamn\nA\n".getBytes(StandardCharsets.UTF_8)),
                FileEncoding.Choice.AUTO);

        assertThat(source.headerLine()).isEqualTo(3);
        assertThat(rows(source)).containsExactly(new TabularRow(4, List.of("A")));
    }

    @Test
    void a_line_of_only_spaces_before_the_header_is_blank_in_every_pass() throws IOException {
        CsvFileSource source = CsvFileSource.open(file("spaces.csv", " \t\nnamn\nA\n  \nB\n".getBytes(StandardCharsets.UTF_8)),
                FileEncoding.Choice.AUTO);

        assertThat(source.header()).containsExactly("namn");
        assertThat(rows(source)).containsExactly(new TabularRow(3, List.of("A")), new TabularRow(5, List.of("B")));
    }

    @Test
    void each_pass_reads_the_file_again_from_the_first_row() throws IOException {
        CsvFileSource source = CsvFileSource.open(file("twice.csv", "namn\nA\nB\n".getBytes(StandardCharsets.UTF_8)),
                FileEncoding.Choice.AUTO);

        assertThat(rows(source)).hasSize(2);
        assertThat(rows(source)).hasSize(2);
    }

    @Test
    void the_same_bytes_have_the_same_fingerprint_and_other_bytes_another() throws IOException {
        byte[] content = "namn\nA\n".getBytes(StandardCharsets.UTF_8);
        String first = CsvFileSource.open(file("1.csv", content), FileEncoding.Choice.AUTO).sha256();
        String copy = CsvFileSource.open(file("2.csv", content), FileEncoding.Choice.AUTO).sha256();
        String other = CsvFileSource.open(file("3.csv", "namn\nB\n".getBytes(StandardCharsets.UTF_8)),
                FileEncoding.Choice.AUTO).sha256();

        assertThat(first).hasSize(64).isEqualTo(copy).isNotEqualTo(other);
    }

    @Test
    void files_that_are_not_csv_text_are_refused_with_the_file_name() throws IOException {
        assertRefused(file("empty.csv", new byte[0]), FileEncoding.Choice.AUTO, "empty.csv: the file is empty");
        assertRefused(file("utf16.csv", "namn\nA\n".getBytes(StandardCharsets.UTF_16LE)), FileEncoding.Choice.AUTO,
                "NUL bytes");
        assertRefused(directory.resolve("missing.csv"), FileEncoding.Choice.AUTO, "no such file");
        assertRefused(directory, FileEncoding.Choice.AUTO, "is a directory");
        assertRefused(file("latin.csv", "namn\nÖsterås\n".getBytes(WINDOWS_1252)), FileEncoding.Choice.UTF_8,
                "not valid UTF-8");
    }

    @Test
    void a_file_that_is_not_utf8_as_asked_names_the_line_of_the_first_wrong_byte() throws IOException {
        byte[] bytes = "namn,ort\nA,Sundsvall\nB,Härnösand\nC,Örnsköldsvik\n".getBytes(WINDOWS_1252);
        Path path = file("windows.csv", bytes);

        assertThatThrownBy(() -> CsvFileSource.open(path, FileEncoding.Choice.UTF_8))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.line()).as("ä of Härnösand, line 3").isEqualTo(3);
                            assertThat(p.toString()).contains("not valid UTF-8");
                        }));
        assertThat(FileEncoding.scan(path, FileEncoding.Choice.AUTO).invalidUtf8At())
                .as("namn,ort\\n = 9 bytes, A,Sundsvall\\n = 12, B,H = 3: the ä is byte 24")
                .isEqualTo(24);
    }

    @Test
    void an_unclosed_quote_is_reported_on_the_line_where_it_opens() throws IOException {
        CsvFileSource source = CsvFileSource.open(file("quote.csv",
                "namn,ort\nA,B\n\"C,D\nE,F\nG,H\n".getBytes(StandardCharsets.UTF_8)), FileEncoding.Choice.AUTO);

        assertThatThrownBy(() -> rows(source))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quote.csv:3:")
                .hasMessageContaining("quote");
    }

    @Test
    void the_separator_is_the_one_used_more_in_the_header_outside_quotes() {
        assertThat(CsvFileSource.delimiterOf("a;b;c")).isEqualTo(';');
        assertThat(CsvFileSource.delimiterOf("a,b,c")).isEqualTo(',');
        assertThat(CsvFileSource.delimiterOf("\"a;b\",c")).isEqualTo(',');
        assertThat(CsvFileSource.delimiterOf("single")).isEqualTo(',');
    }

    private static void assertRefused(Path path, FileEncoding.Choice choice, String message) {
        assertThatThrownBy(() -> CsvFileSource.open(path, choice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }
}
