package se.coompanion.sesi.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * A sampling-frame file (docs/survey.md) of valid, distinct rows that all belong to the SESI pre-study's population:
 * ekonomiska föreningar and ideella föreningar with business activity in the municipalities of Västernorrland and
 * Jämtland, some with a c/o line, some with a quoted name. Deterministic: the same count gives the same file.
 */
final class FrameCsv {

    static final String HEADER = "organisationsnummer,namn,juridisk_form,naringsverksamhet,co_adress,"
            + "utdelningsadress,postnummer,postort,kommunkod";

    private static final String[][] PLACES = {
        {"2281", "852 33", "Sundsvall"}, {"2260", "841 31", "Ånge"}, {"2262", "861 31", "Timrå"},
        {"2280", "871 31", "Härnösand"}, {"2282", "872 30", "Kramfors"}, {"2283", "881 30", "Sollefteå"},
        {"2284", "891 33", "Örnsköldsvik"}, {"2380", "831 30", "Östersund"}, {"2305", "843 31", "Bräcke"},
        {"2309", "835 31", "Krokom"}, {"2313", "833 31", "Strömsund"}, {"2321", "837 31", "Åre"},
        {"2361", "842 31", "Sveg"},
    };

    private FrameCsv() {
    }

    /** Writes {@code rows} rows (unless the file is there already with that content) and returns the file. */
    static Path write(Path file, int rows) {
        if (Files.exists(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                row(i, line);
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether row {@code i} is an ideell förening (every third), else an ekonomisk förening. */
    static boolean ideell(int i) {
        return i % 3 == 0;
    }

    /** The municipality code of row {@code i}. */
    static String municipality(int i) {
        return PLACES[i % PLACES.length][0];
    }

    /** Row {@code i}: every third an ideell förening with business activity, the others ekonomiska föreningar. */
    static void row(int i, StringBuilder line) {
        boolean ideell = ideell(i);
        String nine = (ideell ? "8" : "7") + "6" + (char) ('2' + i / 1_000_000) + String.format("%06d", i % 1_000_000);
        String[] place = PLACES[i % PLACES.length];
        line.append(nine, 0, 6).append('-').append(nine, 6, 9).append(OrganisationNumber.checkDigit(nine)).append(',');
        if (i % 7 == 0) {
            line.append("\"Föreningen \"\"Bygdekraft\"\", avd ").append(i).append('"');
        } else {
            line.append(ideell ? "Kulturföreningen " : "Ekonomisk förening ").append(i);
        }
        line.append(',').append(ideell ? "Ideell förening" : (i % 2 == 0 ? "51" : "Ekonomisk förening"));
        line.append(',').append(ideell || i % 5 == 0 ? "ja" : "");
        line.append(',').append(i % 4 == 0 ? "c/o Kassören" : "");
        line.append(",Storgatan ").append(i % 90 + 1);
        line.append(',').append(place[1]).append(',').append(place[2]).append(',').append(place[0]);
    }
}
