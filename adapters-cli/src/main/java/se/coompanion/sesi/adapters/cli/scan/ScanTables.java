package se.coompanion.sesi.adapters.cli.scan;

import java.util.Arrays;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;

/** The columns of the scan's listings: fixed CSV names, titles for people. */
final class ScanTables {

    private ScanTables() {
    }

    static Table.Column[] columns(String... names) {
        return Arrays.stream(names).map(n -> new Table.Column(n, Message.of(ScanTables.class, "column." + n)))
                .toArray(Table.Column[]::new);
    }
}
