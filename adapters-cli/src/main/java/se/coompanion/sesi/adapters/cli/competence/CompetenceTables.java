package se.coompanion.sesi.adapters.cli.competence;

import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.render.Cell;
import se.coompanion.sesi.adapters.cli.render.Table;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The listings of the competence mapping. CSV columns are fixed by cli.md: framework {@code key,area,name} (the
 * area's key, the name in the language of --lang) and ranking {@code rank,competence,n,mwds,mean_gap,gap_ge_2}
 * (the competence's key; MWDS and the mean gap with two decimals).
 */
final class CompetenceTables {

    /** Decimals of MWDS and the mean gap in listings. */
    static final int DECIMALS = 2;

    private CompetenceTables() {
    }

    static Table framework(CompetenceFramework framework, Locale locale, boolean forPeople) {
        Table table = Table.of(column("key"), column("area"), column("name"));
        for (Competence c : framework.competences()) {
            table.row(Cell.text(c.key().value()),
                    forPeople ? Cell.text(c.area().name(locale)) : Cell.text(c.area().key().value()),
                    Cell.text(c.name(locale)));
        }
        return table;
    }

    static Table ranking(List<BorichRanking.Ranked> ranking, Locale locale, boolean forPeople) {
        Table table = Table.of(column("rank"), column("competence"), column("n"), column("mwds"), column("mean_gap"),
                column("gap_ge_2"));
        for (BorichRanking.Ranked ranked : ranking) {
            CompetenceScore s = ranked.score();
            table.row(Cell.number(ranked.rank()),
                    forPeople ? Cell.text(s.competence().name(locale)) : Cell.text(s.competence().key().value()),
                    Cell.number(s.n()), Cell.decimal(s.mwds(), DECIMALS), Cell.decimal(s.meanGap(), DECIMALS),
                    Cell.number(s.gapAtLeastTwo()));
        }
        return table;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(CompetenceTables.class, "column." + name));
    }
}
