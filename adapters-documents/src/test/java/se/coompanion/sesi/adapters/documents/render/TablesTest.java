package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.adapters.documents.render.PlainTable;
import se.coompanion.sesi.adapters.documents.render.Table;

class TablesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static Table sample() {
        Table table = Table.of(new Table.Column("name", Message.literal("Namn")),
                new Table.Column("attitude", Message.literal("Attityd")),
                new Table.Column("rate", Message.literal("Andel")),
                new Table.Column("status", Message.literal("Status")),
                new Table.Column("mean", Message.literal("Medel")),
                new Table.Column("member", Message.literal("Medlem")));
        table.row(Cell.text("=HYPERLINK(\"http://x\")"), Cell.number(-2), Cell.share(0.34125),
                Cell.coded(ProgressStatus.IN_PROGRESS, ProgressStatus.IN_PROGRESS.title()),
                Cell.decimal(new BigDecimal("3.14159"), 2), Cell.bool(true));
        table.row(Cell.text("-1 kr"), Cell.number(12), Cell.share(1.0),
                Cell.coded(ProgressStatus.DONE, ProgressStatus.DONE.title()), Cell.decimal(Double.NaN, 2),
                Cell.bool(false));
        table.row(Cell.text("@SUM(A1)"), Cell.number(0), Cell.share(0), Cell.text("+46"), Cell.text("\tx"),
                Cell.text("ok"));
        return table;
    }

    @Test
    void csv_uses_codes_points_four_decimal_shares_and_true_false() {
        StringWriter out = new StringWriter();
        CsvTable.print(sample(), out);

        assertThat(out.toString().lines().toList()).containsExactly(
                "name,attitude,rate,status,mean,member",
                "\"'=HYPERLINK(\"\"http://x\"\")\",-2,0.3413,IN_PROGRESS,3.14,true",
                "'-1 kr,12,1.0000,DONE,,false",
                "'@SUM(A1),0,0.0000,'+46,'\tx,ok");
    }

    @Test
    void a_negative_number_stays_a_number_but_text_that_looks_like_a_formula_is_neutralised() {
        assertThat(CsvTable.safe(Cell.number(-2))).isEqualTo("-2");
        assertThat(CsvTable.safe(Cell.text("-2"))).isEqualTo("'-2");
        assertThat(CsvTable.safe(Cell.text("=1+1"))).isEqualTo("'=1+1");
        assertThat(CsvTable.safe(Cell.text("Sundsvall"))).isEqualTo("Sundsvall");
        assertThat(CsvTable.safe(Cell.empty())).isEmpty();
    }

    @Test
    void a_table_for_people_aligns_columns_and_speaks_their_language() {
        StringWriter out = new StringWriter();
        PlainTable.print(sample(), SWEDISH, new PrintWriter(out));

        assertThat(out.toString().lines().toList()).containsExactly(
                "Namn                    Attityd    Andel  Status  Medel  Medlem",
                "=HYPERLINK(\"http://x\")       -2   34,1 %  pågår   3,14   ja",
                "-1 kr                        12  100,0 %  klar           nej",
                "@SUM(A1)                      0    0,0 %  +46      x     ok");
    }
}
