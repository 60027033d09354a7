package se.coompanion.sesi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.application.testing.InMemory;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class RowImportTest {

    private static final Column ORG = Column.required("organisationsnummer", "org_number");
    private static final Column NAME = Column.required("namn", "name");
    private static final Column MUNICIPALITY = Column.optional("kommunkod", "municipality_code");

    record Unit(OrganisationNumber number, String name, Municipality municipality) {
    }

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final Store store = new Store();
    private final RowImport<Unit> units = new RowImport<>("units", List.of(ORG, NAME, MUNICIPALITY),
            row -> {
                OrganisationNumber number = row.required(ORG, OrganisationNumber::parse);
                String name = row.required(NAME);
                Municipality municipality = row.optional(MUNICIPALITY, Municipality::of).orElse(null);
                return row.ok() ? new Unit(number, name, municipality) : null;
            },
            () -> DuplicateCheck.byCompactKey(u -> u.number().asLong(), k -> String.format("%010d", k)),
            d -> Message.literal("duplicate of line " + d.firstLine()));

    RowImportTest() {
        ports.transactions().register(store);
    }

    private ImportReport run(TabularSource source, ImportOptions options) {
        return units.run(source, options, ports.importLog(), ports.transactions(), TestValidation.CLOCK, store::addAll);
    }

    private static TabularSource file(List<String> header, List<List<String>> rows) {
        return TabularSource.of("units.csv", header, rows);
    }

    @Test
    void stores_every_valid_row_and_records_the_import() {
        ImportReport report = run(file(List.of("Organisationsnummer", "NAMN", "kommunkod"), List.of(
                List.of("716460-3867", "Coompanion", "2281"),
                List.of("5560160680", "Bolaget", ""))), ImportOptions.ALL_OR_NOTHING);

        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(store.units).extracting(Unit::name).containsExactly("Coompanion", "Bolaget");
        assertThat(ports.importLog().all()).singleElement()
                .satisfies(r -> assertThat(r.rowsStored()).isEqualTo(2));
    }

    @Test
    void the_rows_are_written_in_one_bulk_transaction_which_the_adapter_keeps_whole_if_the_process_dies() {
        List<Boolean> batchesInBulk = new ArrayList<>();
        units.run(file(List.of("organisationsnummer", "namn"), List.of(
                List.of("716460-3867", "Coompanion"), List.of("5560160680", "Bolaget"))), ImportOptions.ALL_OR_NOTHING,
                ports.importLog(), ports.transactions(), TestValidation.CLOCK,
                batch -> batchesInBulk.add(ports.transactions().inBulk()));

        assertThat(batchesInBulk).containsExactly(true);
        assertThat(ports.transactions().bulk()).isEqualTo(1);
        assertThat(ports.importLog().all()).hasSize(1);
    }

    @Test
    void one_bad_row_stores_nothing_and_every_problem_is_reported_with_its_line() {
        TabularSource source = file(List.of("org_number", "name", "municipality_code"), List.of(
                List.of("716460-3867", "Coompanion", "2281"),
                List.of("716460-3868", "", "2281"),
                List.of("5560160680", "Bolaget", "9999")));

        assertThatThrownBy(() -> run(source, ImportOptions.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "units.csv:3: organisationsnummer/org_number: Organisationsnummer 716460-3868: "
                                        + "check digit should be 7",
                                "units.csv:3: namn/name: a value is required",
                                "units.csv:4: kommunkod/municipality_code: Municipality code 9999: not one of the "
                                        + "290 Swedish municipality codes"));
        assertThat(store.units).isEmpty();
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void a_formula_or_a_control_character_in_any_cell_is_a_problem_of_its_line_and_column() {
        TabularSource source = file(List.of("org_number", "name"), List.of(
                List.of("716460-3867", "=HYPERLINK(\"http://example.invalid\")"),
                List.of("556016-0680", "Bolaget\u0007")));

        assertThatThrownBy(() -> run(source, ImportOptions.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "units.csv:2: namn/name: begins with = like a spreadsheet formula, which a spreadsheet "
                                        + "would run when the data is opened again; write the text without the "
                                        + "leading = (=HYPERLINK(\"http://example.invalid\"))",
                                "units.csv:3: namn/name: holds the control character U+0007, which is not text (a "
                                        + "broken export, or not a text file?); remove it (Bolaget?)"));
        assertThat(store.units).isEmpty();
    }

    @Test
    void a_duplicate_is_an_error_for_the_second_row() {
        TabularSource source = file(List.of("org_number", "name"), List.of(
                List.of("716460-3867", "A"), List.of("556016-0680", "B"), List.of("7164603867", "C")));

        assertThatThrownBy(() -> run(source, ImportOptions.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.toString()).contains("duplicate of line 2");
                        }));
    }

    @Test
    void skip_invalid_stores_the_good_rows_and_hands_the_bad_ones_over_with_reasons() {
        List<String> rejected = new ArrayList<>();
        TabularSource source = file(List.of("org_number", "name"), List.of(
                List.of("716460-3867", "A"), List.of("716460-3868", "B"), List.of("7164603867", "C")));

        ImportReport report = run(source, ImportOptions.skipInvalid((header, row, problems) ->
                rejected.add(row.line() + " " + problems.get(0).message())));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(store.units).extracting(Unit::name).containsExactly("A");
        assertThat(rejected).containsExactly("3 Organisationsnummer 716460-3868: check digit should be 7",
                "4 duplicate of line 2");
    }

    @Test
    void the_same_content_twice_stores_nothing_new() {
        TabularSource source = file(List.of("org_number", "name"), List.of(List.of("716460-3867", "A")));
        run(source, ImportOptions.ALL_OR_NOTHING);

        ImportReport again = run(source, ImportOptions.ALL_OR_NOTHING);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.rowsStored()).isZero();
        assertThat(again.previousImport()).contains(TestValidation.CLOCK.instant());
        assertThat(store.units).hasSize(1);
    }

    @Test
    void the_writing_pass_takes_the_import_lock_and_skips_content_another_process_stored_meanwhile() {
        TabularSource source = file(List.of("org_number", "name"), List.of(List.of("716460-3867", "A")));
        ImportReport first = run(source, ImportOptions.ALL_OR_NOTHING);
        assertThat(ports.importLog().locks()).isEqualTo(1);
        assertThat(first.alreadyImported()).isFalse();

        // Another process records the same content between this import's check and its writing pass.
        RowImport<Unit> racing = new RowImport<>("units", List.of(ORG, NAME, MUNICIPALITY),
                row -> new Unit(row.required(ORG, OrganisationNumber::parse), row.required(NAME), null));
        TabularSource other = file(List.of("org_number", "name"), List.of(List.of("556016-0680", "B")));
        ImportReport raced = racing.run(other, ImportOptions.ALL_OR_NOTHING, new RaceLog(ports, other.sha256()),
                ports.transactions(), TestValidation.CLOCK, store::addAll);

        assertThat(raced.alreadyImported()).isTrue();
        assertThat(store.units).extracting(Unit::name).containsExactly("A");
    }

    /** An import log in which the content appears only once the lock is taken, as if written meanwhile. */
    private static final class RaceLog implements ImportLog {
        private final InMemorySesiPorts ports;
        private final String sha;
        private boolean locked;

        RaceLog(InMemorySesiPorts ports, String sha) {
            this.ports = ports;
            this.sha = sha;
        }

        @Override
        public Optional<ImportRecord> find(String kind,
                String sha256) {
            return locked && sha256.equals(sha) ? Optional.of(new ImportRecord(kind, sha256, "other.csv", 1, 1, 0,
                    TestValidation.CLOCK.instant())) : Optional.empty();
        }

        @Override
        public void lockImports() {
            locked = true;
        }

        @Override
        public void add(ImportRecord record) {
            throw new AssertionError("the raced content must not be recorded twice");
        }

        @Override
        public List<ImportRecord> all() {
            return List.of();
        }
    }

    @Test
    void header_problems_are_reported_together_on_the_header_line() {
        TabularSource source = file(List.of("org_nummer", "name", "name", ""), List.of(List.of("a", "b", "c", "d")));

        assertThatThrownBy(() -> run(source, ImportOptions.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "units.csv:1: required column organisationsnummer/org_number is missing from the header",
                                "units.csv:1: org_nummer: unknown column org_nummer; known columns are: "
                                        + "organisationsnummer/org_number, namn/name, kommunkod/municipality_code",
                                "units.csv:1: name: column name appears twice in the header",
                                "units.csv:1: column 4 has no name in the header"));
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_reported_as_such() {
        TabularSource source = file(List.of("org_number", "name"), List.of(List.of("716460-3867;A")));

        assertThatThrownBy(() -> run(source, ImportOptions.ALL_OR_NOTHING))
                .hasMessageContaining("units.csv:2: the row has 1 fields but the header has 2");
    }

    @Test
    void a_file_without_data_rows_is_invalid_input() {
        assertThatThrownBy(() -> run(file(List.of("org_number", "name"), List.of()), ImportOptions.ALL_OR_NOTHING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void a_failure_while_writing_rolls_back_every_batch_already_written() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < RowImport.BATCH_SIZE + 5; i++) {
            String nine = String.format("556%06d", i);
            rows.add(List.of(nine + OrganisationNumber.checkDigit(nine), "Unit " + i));
        }
        store.failAfter = RowImport.BATCH_SIZE;

        assertThatThrownBy(() -> run(file(List.of("org_number", "name"), rows), ImportOptions.ALL_OR_NOTHING))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.units).isEmpty();
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void skip_invalid_without_a_reject_sink_is_refused() {
        ImportOptions noSink = new ImportOptions(true, Optional.empty());
        assertThatThrownBy(() -> run(file(List.of("org_number", "name"), List.of(List.of("716460-3867", "A"))), noSink))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--rejects");
    }

    @Test
    void headers_match_without_regard_to_case_accents_and_spaces() {
        assertThat(Column.required("år", "year").matches(" AR ")).isTrue();
        assertThat(Column.required("kalla_titel", "source_title").matches("Källa titel")).isTrue();
        assertThat(Column.required("namn", "name").matches("names")).isFalse();
    }

    /** A store of units whose writes a transaction can undo. */
    static final class Store implements InMemory {
        final List<Unit> units = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        void addAll(List<Unit> batch) {
            if (units.size() + batch.size() > failAfter) {
                throw new IllegalStateException("disk full");
            }
            units.addAll(batch);
        }

        @Override
        public Object snapshot() {
            return List.copyOf(units);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void restore(Object snapshot) {
            units.clear();
            units.addAll((List<Unit>) snapshot);
        }
    }
}
