package se.coompanion.sesi.adapters.persistence.synthesis;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SYNTHESIS_RECOMMENDATION;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SynthesisRecommendationRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/** Mentions of a contact person in the recommendations' statements and rationales. */
public final class JooqSynthesisPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final TextMentions<SynthesisRecommendationRecord> recommendations = new TextMentions<>(
            SYNTHESIS_RECOMMENDATION, SYNTHESIS_RECOMMENDATION.ID, SYNTHESIS_RECOMMENDATION.STATEMENT,
            SYNTHESIS_RECOMMENDATION.RATIONALE);

    public JooqSynthesisPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> stores() {
        return List.of(recommendations.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return recommendations.export(dsl, subject);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(recommendations.store(), recommendations.erase(dsl, subject)));
    }
}
