package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.synthesis.port.out.Recommendations;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** The synthesis's recommendations in memory; as a personal data holder it covers mentions in their texts. */
public final class InMemoryRecommendations implements Recommendations, PersonalDataHolder, InMemory {

    private static final String STORE = "synthesis_recommendation";

    private final NumberedRecords<RecordedRecommendation> recommendations = new NumberedRecords<>();

    @Override
    public RecordedRecommendation add(Recommendation recommendation, Instant recordedAt) {
        return recommendations.add(n -> new RecordedRecommendation((int) n, recommendation, recordedAt));
    }

    @Override
    public List<RecordedRecommendation> all() {
        return recommendations.all();
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export(STORE, recommendations.byNumber(), subject, r -> texts(r.recommendation()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(STORE, InMemoryMentions.erase(recommendations.byNumber(), subject,
                r -> texts(r.recommendation()), (r, t) -> new RecordedRecommendation(r.number(), new Recommendation(
                        t.get("statement"), r.recommendation().priority(), Optional.of(t.get("rationale")),
                        r.recommendation().evidence()), r.recordedAt()))));
    }

    private static Map<String, String> texts(Recommendation r) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("statement", r.statement());
        texts.put("rationale", r.rationale().orElse(""));
        return texts;
    }

    @Override
    public Object snapshot() {
        return recommendations.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        recommendations.restore(snapshot);
    }
}
