package se.coompanion.sesi.adapters.persistence.learning;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_EVALUATION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_PILOT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_VERSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.LearningEvaluationRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.LearningPilotRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.LearningVersionRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/**
 * Mentions of a contact person in the learning programme's free text: what changed in a version and why (a pilot's
 * findings may name who said what), where a pilot run was held, and the notes of the level-3 follow-ups. The
 * participants themselves are pseudonymous codes and never contact persons.
 */
public final class JooqLearningPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final TextMentions<LearningVersionRecord> versions;
    private final TextMentions<LearningPilotRecord> pilots;
    private final TextMentions<LearningEvaluationRecord> notes;

    public JooqLearningPersonalData(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = new TextMentions<>(LEARNING_VERSION, LEARNING_VERSION.ID, LEARNING_VERSION.CHANGES,
                LEARNING_VERSION.REASON);
        this.pilots = new TextMentions<>(LEARNING_PILOT, LEARNING_PILOT.ID, LEARNING_PILOT.PLACE);
        this.notes = new TextMentions<>(LEARNING_EVALUATION, LEARNING_EVALUATION.ID,
                LEARNING_EVALUATION.FOLLOW_UP_NOTE);
    }

    @Override
    public List<String> stores() {
        return List.of(versions.store(), pilots.store(), notes.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>(versions.export(dsl, subject));
        records.addAll(pilots.export(dsl, subject));
        records.addAll(notes.export(dsl, subject));
        return records;
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(versions.store(), versions.erase(dsl, subject)),
                new Erased(pilots.store(), pilots.erase(dsl, subject)),
                new Erased(notes.store(), notes.erase(dsl, subject)));
    }
}
