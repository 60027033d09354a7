package se.coompanion.sesi.adapters.persistence.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDraftsContract;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.RiskLevel;
import se.coompanion.sesi.domain.privacy.Erasure;

/**
 * What the database adds to the {@link ImplementationDrafts} port's contract ({@link ImplementationDraftsContract}):
 * the draft's tables in a backup and back, and the draft's free texts in the privacy export and erasure.
 */
abstract class ImplementationStorageContract extends DatabaseContractTest {

    private static final Instant NOW = Instant.parse("2024-11-04T09:00:00Z");

    @TempDir
    Path directory;

    private ImplementationDrafts drafts() {
        return database.ports().implementationDrafts();
    }

    private <T> T tx(Supplier<T> work) {
        return database.ports().transactions().inTransaction(work);
    }

    private void save(ImplementationDraft draft) {
        database.ports().transactions().run(() -> drafts().save(draft));
    }

    @Test
    void a_backup_holds_every_table_of_the_draft_and_a_restore_brings_it_back_whole() {
        ImplementationDraftsContract.actors(database.ports());
        ImplementationDraft draft = ImplementationDraftsContract.full();
        save(draft);
        Path file = directory.resolve("sesi.zip");

        BackupSummary written = database.ports().backups().write(file, NOW);

        assertThat(written.rows()).containsEntry("implementation_draft", 1L).containsEntry("implementation_aim", 2L)
                .containsEntry("implementation_target_group", 3L).containsEntry("implementation_activity", 5L)
                .containsEntry("implementation_activity_module", 3L).containsEntry("implementation_result", 5L)
                .containsEntry("implementation_partner", 3L).containsEntry("implementation_risk", 2L)
                .containsEntry("implementation_principle", 3L).containsEntry("implementation_principle_activity", 2L)
                .containsKey("implementation_grounds");
        try (TestDatabase.Fresh fresh = kind().fresh(); SesiDatabase restored = SesiDatabase.open(fresh.config())) {
            restored.ports().backups().restore(file);

            assertThat(restored.ports().transactions().inTransaction(restored.ports().implementationDrafts()::find))
                    .contains(draft);
        }
    }

    @Test
    void a_person_mentioned_in_the_drafts_free_texts_is_exported_and_erased_in_place() {
        ImplementationDraftsContract.actors(database.ports());
        ImplementationDraft draft = ImplementationDraftsContract.full().addAim("Karin Lindqvist leder styrgruppen", Grounds.NONE)
                .addRisk("Karin slutar", RiskLevel.LOW, RiskLevel.HIGH, "Fråga Karin Lindqvist tidigt");
        save(draft);
        PersonalDataHolder holder = database.ports().personalDataHolders().stream()
                .filter(JooqImplementationPersonalData.class::isInstance).findFirst().orElseThrow();
        DataSubject karin = new DataSubject(new ContactId(1), "Karin Lindqvist", Optional.empty(), Optional.empty());

        List<PersonalRecord> exported = tx(() -> holder.export(karin));
        List<PersonalDataHolder.Erased> erased = tx(() -> holder.erase(karin, NOW));

        assertThat(holder.stores()).contains("implementation_aim", "implementation_activity", "implementation_result",
                "implementation_partner", "implementation_risk", "implementation_principle");
        assertThat(exported).extracting(PersonalRecord::store).containsExactly("implementation_aim",
                "implementation_risk");
        assertThat(erased).filteredOn(e -> e.records() > 0).containsExactly(
                new PersonalDataHolder.Erased("implementation_aim", 1),
                new PersonalDataHolder.Erased("implementation_risk", 1));
        ImplementationDraft after = tx(drafts()::find).orElseThrow();
        assertThat(after.aim(3).text()).isEqualTo(Erasure.MARKER + " leder styrgruppen");
        assertThat(after.risk(3).mitigation()).isEqualTo("Fråga " + Erasure.MARKER + " tidigt");
        assertThat(after.risk(3).description()).as("the first name alone is not the person").isEqualTo("Karin slutar");
        assertThat(after.activities()).isEqualTo(draft.activities());
    }
}
