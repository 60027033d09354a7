package se.coompanion.sesi.application.testing;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;

/** The learning programme's versions in memory; as a personal data holder it covers what changed and why. */
public final class InMemoryLearningProgrammes implements LearningProgrammes, PersonalDataHolder, InMemory {

    private static final String STORE = "learning_version";

    private final TreeMap<Integer, Programme> versions = new TreeMap<>();

    @Override
    public void add(ProgrammeVersion version, List<LearningModule> modules, Instant recordedAt) {
        if (versions.putIfAbsent(version.number(), new Programme(version, ImmutableList.copyOf(modules))) != null) {
            throw new IllegalStateException("version " + version.number() + " twice");
        }
    }

    @Override
    public List<Programme> all() {
        return List.copyOf(versions.values());
    }

    @Override
    public void put(int version, LearningModule module) {
        versions.put(version, versions.get(version).with(module));
    }

    @Override
    public void remove(int version, ModuleKey module) {
        Programme p = versions.get(version);
        versions.put(version, new Programme(p.version(), p.modules().stream().filter(m -> !m.key().equals(module))
                .collect(ImmutableList.toImmutableList())));
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export(STORE, versions, subject, p -> texts(p.version()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(STORE, InMemoryMentions.erase(versions, subject, p -> texts(p.version()),
                (p, t) -> new Programme(new ProgrammeVersion(p.number(), p.version().title(),
                        Optional.of(t.get("changes")).filter(s -> !s.isEmpty()),
                        Optional.of(t.get("reason")).filter(s -> !s.isEmpty()), p.version().createdOn()),
                        p.modules()))));
    }

    private static Map<String, String> texts(ProgrammeVersion v) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("changes", v.changes().orElse(""));
        texts.put("reason", v.reason().orElse(""));
        return texts;
    }

    @Override
    public Object snapshot() {
        return new TreeMap<>(versions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        versions.clear();
        versions.putAll((Map<Integer, Programme>) snapshot);
    }
}
