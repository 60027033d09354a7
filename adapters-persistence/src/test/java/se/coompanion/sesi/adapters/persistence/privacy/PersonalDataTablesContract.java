package se.coompanion.sesi.adapters.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHoldersContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

/**
 * The {@link PersonalDataHoldersContract} on a database, and the privacy promise checked against the whole database
 * rather than the holders: after erasure no text column of any table holds the person's name, email or phone; every
 * table has as many rows as before; and every table that refers to {@code contact_person} is covered by some
 * {@link PersonalDataHolder}, so that an area added later cannot forget it.
 */
abstract class PersonalDataTablesContract extends PersonalDataHoldersContract {

    private TestDatabase.Open database;

    protected abstract TestDatabase kind();

    @Override
    protected PortsUnderTest open() {
        database = kind().open();
        return database;
    }

    @Test
    void after_erasure_no_table_holds_the_name_email_or_phone_and_every_table_keeps_its_rows() throws SQLException {
        Map<String, Integer> countsBefore = rowCounts();
        assertThat(mentions(NAME, EMAIL, PHONE)).as("the test must start with the person in the database")
                .containsKeys("contact_person", "actor", "stakeholder_assessment", "knowledge_source", "finding",
                        "seminar_agenda_item", "seminar_conclusion", "seminar_comment", "seminar_minutes",
                        "learning_version", "learning_evaluation", "synthesis_recommendation");

        sesi.privacy().erasePersonalData().erase("1");

        assertThat(mentions(NAME, EMAIL, PHONE)).isEmpty();
        assertThat(mentions("Per Holm", "per.holm@timra.example")).as("another person is untouched").isNotEmpty();
        assertThat(rowCounts()).isEqualTo(countsBefore);
    }

    @Test
    void every_table_that_refers_to_a_contact_person_is_covered_by_a_holder() throws SQLException {
        Set<String> covered = new TreeSet<>();
        ports().personalDataHolders().forEach(h -> covered.addAll(h.stores()));
        Set<String> tables = database.database().dsl().connectionResult(c -> tables(c));
        Set<String> referring = database.database().dsl().connectionResult(c -> {
            Set<String> found = new TreeSet<>();
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables) {
                try (ResultSet keys = meta.getImportedKeys(null, c.getSchema(), stored(meta, table))) {
                    while (keys.next()) {
                        if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("contact_person")) {
                            found.add(table);
                        }
                    }
                }
            }
            return found;
        });
        referring.add("contact_person");

        assertThat(covered).containsAll(referring);
        assertThat(tables).as("every store a holder names is a table").containsAll(covered);
    }

    /** Per table, the rows whose text columns contain any of the terms, ignoring letter case. */
    private Map<String, Integer> mentions(String... terms) throws SQLException {
        return database.database().dsl().connectionResult(c -> {
            Map<String, Integer> found = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(c)) {
                List<String> texts = new ArrayList<>();
                try (ResultSet columns = meta.getColumns(null, c.getSchema(), stored(meta, table), null)) {
                    while (columns.next()) {
                        int type = columns.getInt("DATA_TYPE");
                        if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                                || type == Types.CLOB || type == Types.NVARCHAR || type == Types.NCHAR) {
                            texts.add(columns.getString("COLUMN_NAME"));
                        }
                    }
                }
                if (texts.isEmpty()) {
                    continue;
                }
                try (var statement = c.createStatement();
                        ResultSet rows = statement.executeQuery("select " + String.join(", ", texts) + " from "
                                + table)) {
                    while (rows.next()) {
                        for (int i = 1; i <= texts.size(); i++) {
                            String value = rows.getString(i);
                            for (String term : terms) {
                                if (value != null && value.toLowerCase(Locale.ROOT)
                                        .contains(term.toLowerCase(Locale.ROOT))) {
                                    found.merge(table, 1, Integer::sum);
                                }
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    private Map<String, Integer> rowCounts() throws SQLException {
        return database.database().dsl().connectionResult(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : tables(c)) {
                try (var statement = c.createStatement();
                        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
            return counts;
        });
    }

    /** Every table of the schema, in lower case, Flyway's history left out. */
    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).contains("contact_person", "actor", "prestudy");
        return tables;
    }

    /** The name as the database stores it (upper case in H2, lower case in PostgreSQL). */
    private static String stored(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
