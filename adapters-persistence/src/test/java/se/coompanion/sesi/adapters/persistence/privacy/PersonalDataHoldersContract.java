package se.coompanion.sesi.adapters.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;

/**
 * The privacy promise, checked against the whole database rather than the tables this test knows: after erasure
 * no text column of any table holds the person's name, email or phone; every table has as many rows as before;
 * the organisations are as they were. And every table that refers to {@code contact_person} is covered by some
 * {@link PersonalDataHolder}, so that an area added later cannot forget it.
 */
abstract class PersonalDataHoldersContract extends DatabaseContractTest {

    private static final String NAME = "Karin Lindqvist";
    private static final String EMAIL = "karin.lindqvist@sundsvall.example";
    private static final String PHONE = "070-174 06 05";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-02T08:00:00Z"),
            ZoneId.of("Europe/Stockholm"));

    private SesiApplication sesi;

    @BeforeEach
    void a_person_held_and_mentioned_across_the_areas() {
        sesi = SesiApplication.create(database.ports(), Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator(),
                CLOCK);
        sesi.startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.importActors().importActors(new ImportActors.Command(TabularSource.of("aktorer.csv",
                List.of("organisationsnummer", "namn", "juridisk_form", "roller", "kommunkod", "anteckning"), List.of(
                        List.of("212000-2411", "Sundsvalls kommun", "82", "MUNICIPALITY", "2281",
                                "Nås via " + EMAIL.toUpperCase(Locale.ROOT)),
                        List.of("", "Timrå kommun", "82", "MUNICIPALITY", "2262", ""))), ImportOptions.ALL_OR_NOTHING));
        sesi.addContact().add(new AddContact.Command("212000-2411", NAME, "Näringslivsutvecklare", EMAIL, PHONE,
                null));
        sesi.addContact().add(new AddContact.Command("timra-kommun", "Per Holm", "Kommunchef",
                "per.holm@timra.example", "070-174 06 06", null));
        sesi.assessStakeholder().assess(new AssessStakeholder.Command("sundsvalls-kommun", 5, 5, 2, "P,L,U",
                "CO_FINANCIER", "Enligt karin lindqvist (" + PHONE + ") kan kommunen medfinansiera",
                LocalDate.of(2024, 3, 1)));
        sesi.assessStakeholder().assess(new AssessStakeholder.Command("timra-kommun", 2, 4, 1, "L",
                "REFERENCE_GROUP", "Per Holm är positiv", LocalDate.of(2024, 3, 1)));
        sesi.registerSource().register(new RegisterSource.Command("OTHER", "Samtal med " + NAME,
                "Sundsvalls kommun", 2024, "Anteckningar", null, null, true, "Ring " + PHONE));
        sesi.recordFinding().record(new RecordFinding.Command("Kommunen vill samverka", List.of(
                "COLLABORATION_STRUCTURE"), 2, "Skriv till " + EMAIL, List.of("1")));
        sesi.createSeminar().create(new CreateSeminar.Command("Analysseminarium", LocalDate.of(2024, 4, 25),
                LocalDate.of(2024, 4, 15), "Folkets hus", null, List.of("Hörslinga")));
        sesi.addAgendaItem().add(new AddAgendaItem.Command(null, "IOP", "IOP", "Inledning av " + NAME));
        sesi.inviteContacts().invite(new InviteContacts.Command(null, List.of("1", "2"), List.of(),
                LocalDate.of(2024, 4, 1)));
        sesi.sendReminder().remind(new SendReminder.Command(null, LocalDate.of(2024, 4, 10), List.of(), List.of()));
        sesi.recordAnswer().answer(new RecordAnswer.Command(null, "1", "ACCEPTED", "PHONE", LocalDate.of(2024, 4, 11),
                false));
        sesi.checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1", "WOMAN", false));
        sesi.checkInAttendee().checkIn(new CheckInAttendee.Command(null, "2", "MAN", false));
        sesi.recordOutcome().record(new RecordOutcome.Command(null, 1, "5,4", List.of("Enligt " + EMAIL
                + " fungerar IOP"), false));
        sesi.recordSeminarEvaluation().record(new RecordSeminarEvaluation.Command(null, "5",
                List.of("Ring " + PHONE + " om mer")));
        sesi.writeMinutes().write(new WriteMinutes.Command(null, NAME + " presenterade IOP.", true));
        sesi.createProgrammeVersion().create(new CreateProgrammeVersion.Command("Lärprogram", null,
                "Efter samtal med " + NAME, LocalDate.of(2024, 1, 8)));
        sesi.addModule().add(new AddModule.Command(null, null, "Upphandling", List.of("Skriva ett anbud"), List.of(),
                "CLASSROOM", "3", List.of()));
        sesi.recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 1, 30), List.of(), 1, 0, 0,
                0, "Sundsvall"));
        sesi.importEvaluations().importEvaluations(new ImportEvaluations.Command(TabularSource.of("utvardering.csv",
                List.of("pilot", "deltagare", "modul", "nöjdhet"), List.of(List.of("1", "P01", "M1", "4"))),
                ImportOptions.ALL_OR_NOTHING));
        sesi.recordFollowUp().record(new RecordFollowUp.Command(1, "P01", null, null, LocalDate.of(2024, 5, 2), "YES",
                "Handledare: " + EMAIL));
        sesi.recordRecommendation().record(new RecordRecommendation.Command("Bjud in " + NAME + " till styrgruppen",
                "HIGH", "Nås på " + PHONE, List.of("partner:sundsvalls-kommun", "finding:1")));
    }

    @Test
    void after_erasure_no_table_holds_the_name_email_or_phone_and_every_count_is_the_same() throws SQLException {
        Map<String, Integer> countsBefore = rowCounts();
        var actorsBefore = sesi.listActors().list(ListActors.Query.ALL).stream()
                .map(l -> List.of(l.actor().key(), l.actor().name(), l.actor().number(), l.actor().roles(),
                        l.contacts())).toList();
        var gridBefore = sesi.showStakeholderGrid().grid().stream()
                .map(p -> List.of(p.actor().key(), p.assessment().quadrant(), p.assessment().candidacy())).toList();
        assertThat(mentions(NAME, EMAIL, PHONE)).as("the test must start with the person in the database")
                .containsKeys("contact_person", "actor", "stakeholder_assessment", "knowledge_source", "finding",
                        "seminar_agenda_item", "seminar_conclusion", "seminar_comment", "seminar_minutes",
                        "learning_version", "learning_evaluation",
                        "synthesis_recommendation");

        ErasePersonalData.Result erased = sesi.erasePersonalData().erase("1");

        assertThat(mentions(NAME, EMAIL, PHONE)).isEmpty();
        assertThat(mentions("Per Holm", "per.holm@timra.example")).as("another person is untouched").isNotEmpty();
        assertThat(rowCounts()).isEqualTo(countsBefore);
        assertThat(sesi.listActors().list(ListActors.Query.ALL).stream()
                .map(l -> List.of(l.actor().key(), l.actor().name(), l.actor().number(), l.actor().roles(),
                        l.contacts())).toList()).isEqualTo(actorsBefore);
        assertThat(sesi.showStakeholderGrid().grid().stream()
                .map(p -> List.of(p.actor().key(), p.assessment().quadrant(), p.assessment().candidacy())).toList())
                .isEqualTo(gridBefore);
        assertThat(erased.records()).isEqualTo(12);
        assertThat(sesi.showStakeholderGrid().grid().get(0).assessment().rationale())
                .contains("Enligt [erased] ([erased]) kan kommunen medfinansiera");
    }

    @Test
    void the_export_lists_the_contact_record_and_every_mention() {
        ExportPersonalData.Result export = sesi.exportPersonalData().export("1");

        assertThat(export.records()).extracting(PersonalRecord::store).containsExactly("contact_person", "actor",
                "knowledge_source", "finding", "stakeholder_assessment", "seminar_invitation", "seminar_attendance",
                "seminar_agenda_item", "seminar_conclusion", "seminar_comment", "seminar_minutes", "learning_version",
                "learning_evaluation", "synthesis_recommendation");
        assertThat(export.records().get(5).fields()).contains(new PersonalRecord.Field("answer", "ACCEPTED"),
                new PersonalRecord.Field("answered_via", "PHONE"), new PersonalRecord.Field("reminded_on",
                        "2024-04-10"));
        assertThat(export.records().get(6).fields()).contains(new PersonalRecord.Field("gender", "WOMAN"));
        assertThat(export.records().get(0).fields()).contains(new PersonalRecord.Field("name", NAME),
                new PersonalRecord.Field("email", EMAIL), new PersonalRecord.Field("phone", PHONE),
                new PersonalRecord.Field("lawful_basis", "LEGITIMATE_INTEREST"),
                new PersonalRecord.Field("actor", "sundsvalls-kommun"));
    }

    @Test
    void every_table_that_refers_to_a_contact_person_is_covered_by_a_holder() throws SQLException {
        Set<String> covered = new TreeSet<>();
        database.ports().personalDataHolders().forEach(h -> covered.addAll(h.stores()));
        Set<String> tables = database.dsl().connectionResult(c -> tables(c));
        Set<String> referring = database.dsl().connectionResult(c -> {
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
        return database.dsl().connectionResult(c -> {
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
        return database.dsl().connectionResult(c -> {
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
