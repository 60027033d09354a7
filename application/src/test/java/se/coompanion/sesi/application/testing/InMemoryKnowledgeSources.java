package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceId;

/** Sources of the scan in memory; as a personal data holder it covers mentions in their texts. */
public final class InMemoryKnowledgeSources implements KnowledgeSources, PersonalDataHolder, InMemory {

    private final NumberedRecords<RegisteredSource> sources = new NumberedRecords<>();

    @Override
    public RegisteredSource add(KnowledgeSource source, Instant registeredAt) {
        return sources.add(n -> new RegisteredSource(new SourceId(n), source));
    }

    @Override
    public List<RegisteredSource> all() {
        return sources.all();
    }

    @Override
    public List<RegisteredSource> find(Collection<SourceId> ids) {
        return sources.all().stream().filter(s -> ids.contains(s.id())).toList();
    }

    @Override
    public int count() {
        return sources.all().size();
    }

    @Override
    public List<String> stores() {
        return List.of("knowledge_source");
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export("knowledge_source", sources.byNumber(), subject, r -> texts(r.source()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased("knowledge_source", InMemoryMentions.erase(sources.byNumber(), subject,
                r -> texts(r.source()), (r, t) -> new RegisteredSource(r.id(), new KnowledgeSource(r.source().kind(),
                        t.get("title"), t.get("publisher"), r.source().year(), Optional.of(t.get("reference")),
                        r.source().fundingProgramme(), r.source().caseNumber(), r.source().example(),
                        Optional.of(t.get("note")))))));
    }

    private static Map<String, String> texts(KnowledgeSource s) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", s.title());
        texts.put("publisher", s.publisher());
        texts.put("reference", s.reference().orElse(""));
        texts.put("note", s.note().orElse(""));
        return texts;
    }

    @Override
    public Object snapshot() {
        return sources.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        sources.restore(snapshot);
    }
}
