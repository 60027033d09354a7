package se.coompanion.sesi.adapters.persistence.stakeholder;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.StakeholderAssessmentRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/** Mentions of a contact person in the rationales of stakeholder assessments. */
public final class JooqStakeholderPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final TextMentions<StakeholderAssessmentRecord> rationales = new TextMentions<>(STAKEHOLDER_ASSESSMENT,
            STAKEHOLDER_ASSESSMENT.ID, STAKEHOLDER_ASSESSMENT.RATIONALE);

    public JooqStakeholderPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> stores() {
        return List.of(rationales.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return rationales.export(dsl, subject);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(rationales.store(), rationales.erase(dsl, subject)));
    }
}
