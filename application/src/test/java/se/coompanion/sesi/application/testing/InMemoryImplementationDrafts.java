package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.privacy.Erasure;

/**
 * The implementation project's draft in memory; as a personal data holder it covers mentions of a person in the
 * draft's free texts (one record: the draft).
 */
public final class InMemoryImplementationDrafts implements ImplementationDrafts, PersonalDataHolder, InMemory {

    private static final String STORE = "implementation_draft";

    private final InMemoryActors actors;
    private ImplementationDraft draft;
    private int saves;

    /** @param actors the actor register, which every partner must be in (as the database's adapter checks) */
    public InMemoryImplementationDrafts(InMemoryActors actors) {
        this.actors = actors;
    }

    @Override
    public Optional<ImplementationDraft> find() {
        return Optional.ofNullable(draft);
    }

    @Override
    public void save(ImplementationDraft changed) {
        changed.partners().forEach(p -> actors.find(p.actor()).orElseThrow(() -> new IllegalStateException(
                "a partner of the draft is not in the actor register: " + p.actor())));
        draft = changed;
        saves++;
    }

    /** How many times a draft was stored. */
    public int saves() {
        return saves;
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        if (!mentioned(subject)) {
            return List.of();
        }
        return List.of(PersonalRecord.of(STORE, 1, draft.texts()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        if (!mentioned(subject)) {
            return List.of(new Erased(STORE, 0));
        }
        draft = draft.withTexts(text -> {
            String erased = text;
            for (String term : subject.terms()) {
                erased = Erasure.withoutMentions(erased, term);
            }
            return erased;
        });
        return List.of(new Erased(STORE, 1));
    }

    private boolean mentioned(DataSubject subject) {
        return draft != null && subject.terms().stream().anyMatch(term -> draft.texts().values().stream()
                .anyMatch(text -> Erasure.mentions(text, term)));
    }

    @Override
    public Object snapshot() {
        return Optional.ofNullable(draft);
    }

    @Override
    public void restore(Object snapshot) {
        draft = ((Optional<?>) snapshot).map(ImplementationDraft.class::cast).orElse(null);
    }
}
