package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.OutcomeCount;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

public final class InMemoryDispositionEvents implements DispositionEvents, InMemory {

    private final InMemorySamplingFrames frames;
    private final InMemoryContactWaves waves;
    private final List<DispositionEvent> events = new ArrayList<>();

    public InMemoryDispositionEvents(InMemorySamplingFrames frames, InMemoryContactWaves waves) {
        this.frames = Objects.requireNonNull(frames);
        this.waves = Objects.requireNonNull(waves);
    }

    @Override
    public void add(DispositionEvent event) {
        events.add(event);
    }

    @Override
    public List<DispositionEvent> history(ResponseId id) {
        return events.stream().filter(e -> e.responseId().equals(id)).toList();
    }

    @Override
    public Map<ResponseId, Disposition> current() {
        Map<ResponseId, Disposition> current = new HashMap<>();
        events.forEach(e -> current.put(e.responseId(), e.disposition()));
        return current;
    }

    @Override
    public Map<ResponseId, DispositionEvent> latest() {
        Map<ResponseId, DispositionEvent> latest = new HashMap<>();
        events.forEach(e -> latest.put(e.responseId(), e));
        return latest;
    }

    @Override
    public List<OutcomeCount> outcomes() {
        record Key(Municipality municipality, LegalForm legalForm, Disposition disposition) {
        }
        Map<ResponseId, Disposition> current = current();
        Map<Key, Long> counts = new LinkedHashMap<>();
        for (FrameUnit unit : frames.population()) {
            Disposition disposition = current.getOrDefault(unit.responseId().orElseThrow(),
                    Disposition.UNKNOWN_NO_RETURN);
            counts.merge(new Key(unit.municipality(), unit.legalForm(), disposition), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new OutcomeCount(e.getKey().municipality(),
                e.getKey().legalForm(), e.getKey().disposition(), e.getValue())).toList();
    }

    @Override
    public int countNeverSent(Set<Disposition> dispositions, WaveType neverSent) {
        Map<ResponseId, Map<WaveType, java.time.LocalDate>> sent = waves.sentByUnit();
        return (int) current().entrySet().stream()
                .filter(e -> dispositions.contains(e.getValue()))
                .filter(e -> !sent.getOrDefault(e.getKey(), Map.of()).containsKey(neverSent))
                .count();
    }

    @Override
    public Object snapshot() {
        return List.copyOf(events);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        events.clear();
        events.addAll((List<DispositionEvent>) snapshot);
    }
}
