package se.coompanion.sesi.adapters.persistence.scan;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.FINDING;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.KNOWLEDGE_SOURCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.FindingRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.KnowledgeSourceRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/** Mentions of a contact person in the environmental scan's free text: sources and findings. */
public final class JooqScanPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final TextMentions<KnowledgeSourceRecord> sources = new TextMentions<>(KNOWLEDGE_SOURCE,
            KNOWLEDGE_SOURCE.ID, KNOWLEDGE_SOURCE.TITLE, KNOWLEDGE_SOURCE.PUBLISHER, KNOWLEDGE_SOURCE.REFERENCE,
            KNOWLEDGE_SOURCE.NOTE);
    private final TextMentions<FindingRecord> findings = new TextMentions<>(FINDING, FINDING.ID, FINDING.STATEMENT,
            FINDING.LESSON);

    public JooqScanPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> stores() {
        return List.of(sources.store(), findings.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>(sources.export(dsl, subject));
        records.addAll(findings.export(dsl, subject));
        return records;
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(sources.store(), sources.erase(dsl, subject)),
                new Erased(findings.store(), findings.erase(dsl, subject)));
    }
}
