package se.coompanion.sesi.adapters.cli.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The {@code --ids FILE} of {@code survey wave}: response ids, one per line; or a CSV file with a
 * {@code response_id} column (such as the output of {@code survey frame list --format csv}, edited), whose other
 * columns are ignored. Read with the imports' reader (encoding, separator, BOM); blank lines are skipped.
 */
final class IdsFile {

    private static final List<String> COLUMN_NAMES = List.of("response_id", "svars_id", "svarsid");

    private IdsFile() {
    }

    static SendContactWave.Chosen read(Path file) {
        TabularSource source = CsvFileSource.open(file, FileEncoding.Choice.AUTO);
        List<String> header = source.header();
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (COLUMN_NAMES.contains(header.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                column = i;
            }
        }
        List<SendContactWave.Line> ids = new ArrayList<>();
        if (column < 0) {
            if (header.size() != 1) {
                throw InvalidInputException.of(new Problem(source.name(), source.headerLine(), "", "",
                        Message.of(IdsFile.class, "ids.noColumn")));
            }
            column = 0;
            ids.add(new SendContactWave.Line(source.headerLine(), header.get(0).strip()));
        }
        try (TabularSource.Rows rows = source.rows()) {
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                String value = column < row.values().size() ? row.values().get(column).strip() : "";
                if (!value.isEmpty()) {
                    ids.add(new SendContactWave.Line(row.line(), value));
                }
            }
        }
        return new SendContactWave.Chosen(source.name(), ids);
    }
}
