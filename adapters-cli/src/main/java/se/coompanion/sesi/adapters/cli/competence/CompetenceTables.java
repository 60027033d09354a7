package se.coompanion.sesi.adapters.cli.competence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.competence.GapMatrix;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * The listings of the competence mapping. CSV columns are fixed by cli.md: framework {@code key,area,name} (the
 * area's key, the name in the language of --lang), ranking {@code rank,competence,n,mwds,mean_gap,gap_ge_2} (the
 * competence's key; MWDS and the mean gap with two decimals) and matrix {@code org_number,enterprise,<one column per
 * competence key>}.
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

    /**
     * The gap matrix for programs: {@code org_number,enterprise} and one column per competence key of the framework,
     * in its order; rows in organisationsnummer order; a cell empty where the enterprise did not rate the competence.
     */
    static Table matrix(ShowGapMatrix.Result result) {
        GapMatrix matrix = result.matrix();
        List<Table.Column> columns = new ArrayList<>(List.of(column("org_number"), column("enterprise")));
        matrix.framework().competences().forEach(c -> columns.add(new Table.Column(c.key().value(), c.title())));
        Table table = new Table(columns);
        for (OrganisationNumber enterprise : matrix.enterprises()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(enterprise.formatted()),
                    Cell.text(result.name(enterprise))));
            matrix.framework().competences().forEach(c -> cells.add(gap(matrix.gap(enterprise, c.key()))));
            table.row(cells);
        }
        return table;
    }

    /**
     * The gap matrix for people in a terminal: one row per enterprise by name, one narrow column per rated
     * competence, numbered in ranking order (the command prints what each number is).
     */
    static Table compactMatrix(ShowGapMatrix.Result result) {
        GapMatrix matrix = result.matrix();
        List<Table.Column> columns = new ArrayList<>(List.of(column("enterprise")));
        for (int i = 0; i < result.ranked().size(); i++) {
            columns.add(new Table.Column(result.ranked().get(i).value(), Message.literal(String.valueOf(i + 1))));
        }
        Table table = new Table(columns);
        matrix.enterprises().stream().sorted(Comparator.comparing((OrganisationNumber e) -> result.name(e),
                String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder())).forEach(enterprise -> {
                    List<Cell> cells = new ArrayList<>(List.of(Cell.text(result.name(enterprise))));
                    result.ranked().forEach(k -> cells.add(gap(matrix.gap(enterprise, k))));
                    table.row(cells);
                });
        return table;
    }

    private static Cell gap(OptionalInt gap) {
        return gap.isPresent() ? Cell.number(gap.getAsInt()) : Cell.empty();
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(CompetenceTables.class, "column." + name));
    }
}
