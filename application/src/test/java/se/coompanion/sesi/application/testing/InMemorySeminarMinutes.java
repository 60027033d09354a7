package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.SeminarId;

/** Minutes in memory; as a personal data holder it covers mentions in their text (final versions too). */
public final class InMemorySeminarMinutes implements SeminarMinutes, PersonalDataHolder, InMemory {

    private static final String STORE = "seminar_minutes";

    private final Map<String, MinutesVersion> versions = new TreeMap<>();

    private static String key(SeminarId seminar, int version) {
        return String.format("%010d/%05d", seminar.value(), version);
    }

    @Override
    public Minutes of(SeminarId seminar) {
        String prefix = String.format("%010d/", seminar.value());
        return Minutes.of(versions.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).toList());
    }

    @Override
    public void store(SeminarId seminar, MinutesVersion version) {
        versions.put(key(seminar, version.version()), version);
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export(STORE, versions, subject, v -> Map.of("minutes_text", v.text()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(STORE, InMemoryMentions.erase(versions, subject,
                v -> Map.of("minutes_text", v.text()), (v, t) -> new MinutesVersion(v.version(), t.get("minutes_text"),
                        v.status(), v.writtenAt(), v.finalisedAt()))));
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(versions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        versions.clear();
        versions.putAll((Map<String, MinutesVersion>) snapshot);
    }
}
