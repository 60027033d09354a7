package se.coompanion.sesi.adapters.documents.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.coompanion.sesi.adapters.documents.InputGuard;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A CSV file as the imports read it (cli.md, "Input files"): UTF-8 with or without BOM, or Windows-1252,
 * detected unless chosen; comma or semicolon, detected from the header line; quoted fields per RFC 4180, a
 * quoted field may span lines; blank lines skipped; each row carries the line it starts on. The file is
 * streamed on every pass, never held in memory.
 */
public final class CsvFileSource implements TabularSource {

    /** Longest field accepted: a longer one is a broken quote, or not a CSV file. */
    static final int MAX_FIELD_CHARS = 100_000;

    /**
     * Longest header line read: a header names the file's columns (a data-entry file one per variable), a few
     * thousand characters at the most. A longer first line is refused as it is read, never held or matched.
     */
    static final int MAX_HEADER_CHARS = 100_000;

    private final Path file;
    private final String name;
    private final FileEncoding encoding;
    private final char delimiter;
    private final int headerLine;
    private final List<String> header;

    private CsvFileSource(Path file, String name, FileEncoding encoding, char delimiter, int headerLine,
            List<String> header) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
    }

    /**
     * Opens the file: checks that it can be read as text, detects the encoding and the separator, and reads the
     * header. Problems are an {@link InvalidInputException} naming the file.
     */
    public static CsvFileSource open(Path file, FileEncoding.Choice choice) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw invalid(name, 0, "csv.directory");
        }
        InputGuard.check(file);
        FileEncoding encoding;
        try {
            encoding = FileEncoding.scan(file, choice);
        } catch (NoSuchFileException e) {
            throw invalid(name, 0, "csv.missing");
        } catch (IOException e) {
            throw invalid(name, 0, "csv.unreadable", e.getMessage());
        }
        if (encoding.size() == encoding.bom()) {
            throw invalid(name, 0, "csv.empty");
        }
        if (encoding.hasNul()) {
            throw invalid(name, 0, "csv.binary");
        }
        if (choice == FileEncoding.Choice.UTF_8 && !encoding.validUtf8()) {
            throw invalid(name, invalidLine(file, encoding), "csv.notUtf8");
        }
        if (choice == FileEncoding.Choice.AUTO && encoding.mixed()) {
            throw invalid(name, invalidLine(file, encoding), "csv.mixed",
                    String.format(Locale.ROOT, "0x%02X", encoding.invalidByte()));
        }
        if (choice == FileEncoding.Choice.WINDOWS_1252 && encoding.utf8Text()) {
            throw invalid(name, 0, "csv.utf8NotWindows1252");
        }
        try (BufferedReader reader = new BufferedReader(reader(file, encoding))) {
            int line = 0;
            String first;
            do {
                first = boundedLine(reader, name, line + 1);
                line++;
            } while (first != null && first.isBlank());
            if (first == null) {
                throw invalid(name, 0, "csv.empty");
            }
            char delimiter = delimiterOf(first);
            List<String> header = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(first, format(delimiter))) {
                for (CSVRecord record : parser) {
                    record.forEach(header::add);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw invalid(name, line, "csv.badHeader", e.getMessage());
            }
            return new CsvFileSource(file, name, encoding, delimiter, line, header);
        } catch (IOException e) {
            throw invalid(name, 0, "csv.unreadable", e.getMessage());
        }
    }

    /** The line of the first byte that is not UTF-8. */
    private static int invalidLine(Path file, FileEncoding encoding) {
        try {
            return encoding.invalidUtf8Line(file);
        } catch (IOException e) {
            throw invalid(file.toString(), 0, "csv.unreadable", e.getMessage());
        }
    }

    /**
     * The next line without its line end, or null at the end; a line longer than {@value #MAX_HEADER_CHARS} characters
     * is refused as soon as it is that long.
     */
    private static String boundedLine(BufferedReader reader, String name, int line) throws IOException {
        StringBuilder text = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (text.length() == MAX_HEADER_CHARS) {
                throw invalid(name, line, "csv.headerTooLong", MAX_HEADER_CHARS);
            }
            text.append((char) c);
            c = reader.read();
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return text.toString();
    }

    /** The separator of a header line: the one of comma and semicolon that occurs more often outside quotes. */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    public FileEncoding encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String sha256() {
        return encoding.sha256();
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Rows rows() {
        try {
            BufferedReader reader = new BufferedReader(reader(file, encoding), 64 * 1024);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
            return new CsvRows(parser, name);
        } catch (IOException e) {
            throw invalid(name, 0, "csv.unreadable", e.getMessage());
        }
    }

    private static Reader reader(Path file, FileEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bom());
        return new InputStreamReader(in, encoding.charset().equals(StandardCharsets.UTF_8)
                ? StandardCharsets.UTF_8.newDecoder() : encoding.charset().newDecoder());
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
    }

    private static InvalidInputException invalid(String name, int line, String key, Object... args) {
        return InvalidInputException.of(new Problem(name, line, "", "", Message.of(CsvFileSource.class, key, args)));
    }

    /** One pass over the data rows, skipping the header and blank lines. */
    private final class CsvRows implements Rows {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String name;
        private TabularRow next;
        private long linesBefore;
        private boolean headerSkipped;

        CsvRows(CSVParser parser, String name) {
            this.parser = parser;
            this.records = parser.iterator();
            this.name = name;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return false;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int start = (int) linesBefore + 1;
                    String cause = causeText(e);
                    throw cause.contains("EOF reached before encapsulated token finished")
                            ? invalid(name, start, "csv.unclosedQuote")
                            : invalid(name, start, "csv.broken", cause);
                }
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (!headerSkipped) {
                    headerSkipped = true;
                    continue;
                }
                // by index into one array: the record's iterator and a list would copy each row twice more
                String[] values = new String[record.size()];
                for (int i = 0; i < values.length; i++) {
                    String value = record.get(i);
                    if (value.length() > MAX_FIELD_CHARS) {
                        throw invalid(name, line, "csv.fieldTooLong", MAX_FIELD_CHARS);
                    }
                    values[i] = value;
                }
                next = new TabularRow(line, List.of(values));
                return true;
            }
        }

        @Override
        public TabularRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TabularRow row = next;
            next = null;
            return row;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String causeText(RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        }
    }
}
