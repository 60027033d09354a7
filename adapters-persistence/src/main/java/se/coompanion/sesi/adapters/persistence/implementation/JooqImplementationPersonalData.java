package se.coompanion.sesi.adapters.persistence.implementation;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_ACTIVITY;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_AIM;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_DRAFT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_PARTNER;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_PRINCIPLE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_RESULT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_RISK;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_TARGET_GROUP;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/**
 * Mentions of a contact person in the free texts of the implementation project's draft: its title, aims, target
 * groups, activities, results and indicators, partners' contributions, risks and approaches to the horizontal
 * principles. The draft stores no person otherwise.
 */
public final class JooqImplementationPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final List<TextMentions<?>> texts = List.of(
            new TextMentions<>(IMPLEMENTATION_DRAFT, IMPLEMENTATION_DRAFT.ID, IMPLEMENTATION_DRAFT.TITLE),
            new TextMentions<>(IMPLEMENTATION_AIM, IMPLEMENTATION_AIM.ID, IMPLEMENTATION_AIM.AIM_TEXT),
            new TextMentions<>(IMPLEMENTATION_TARGET_GROUP, IMPLEMENTATION_TARGET_GROUP.ID,
                    IMPLEMENTATION_TARGET_GROUP.DESCRIPTION),
            new TextMentions<>(IMPLEMENTATION_ACTIVITY, IMPLEMENTATION_ACTIVITY.ID, IMPLEMENTATION_ACTIVITY.TITLE,
                    IMPLEMENTATION_ACTIVITY.DESCRIPTION, IMPLEMENTATION_ACTIVITY.DROP_REASON),
            new TextMentions<>(IMPLEMENTATION_RESULT, IMPLEMENTATION_RESULT.ID, IMPLEMENTATION_RESULT.DESCRIPTION,
                    IMPLEMENTATION_RESULT.INDICATOR, IMPLEMENTATION_RESULT.BASELINE_NOTE),
            new TextMentions<>(IMPLEMENTATION_PARTNER, IMPLEMENTATION_PARTNER.ID, IMPLEMENTATION_PARTNER.CONTRIBUTION),
            new TextMentions<>(IMPLEMENTATION_RISK, IMPLEMENTATION_RISK.ID, IMPLEMENTATION_RISK.DESCRIPTION,
                    IMPLEMENTATION_RISK.MITIGATION),
            new TextMentions<>(IMPLEMENTATION_PRINCIPLE, IMPLEMENTATION_PRINCIPLE.ID,
                    IMPLEMENTATION_PRINCIPLE.APPROACH));

    public JooqImplementationPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> stores() {
        return texts.stream().map(TextMentions::store).toList();
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return texts.stream().flatMap(t -> t.export(dsl, subject).stream()).toList();
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return texts.stream().map(t -> new Erased(t.store(), t.erase(dsl, subject))).toList();
    }
}
