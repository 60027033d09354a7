package se.coompanion.sesi.adapters.documents.synthesis;

import java.util.Arrays;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;

/** The columns of the synthesis's listings: fixed CSV names, titles for people. */
public final class SynthesisTables {

    private SynthesisTables() {
    }

    public static Table table(String... names) {
        return Table.of(Arrays.stream(names).map(n -> new Table.Column(n, Message.of(SynthesisTables.class,
                "column." + n))).toArray(Table.Column[]::new));
    }
}
