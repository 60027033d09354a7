package se.coompanion.sesi.application.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.QuestionnaireSent;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

public final class InMemoryContactWaves implements ContactWaves, InMemory {

    private record Sent(ContactWave wave, List<ResponseId> recipients) {
    }

    private final List<Sent> waves = new ArrayList<>();

    @Override
    public List<ContactWave> all() {
        return waves.stream().map(Sent::wave).toList();
    }

    @Override
    public void add(ContactWave wave, List<ResponseId> recipients) {
        waves.add(new Sent(wave, List.copyOf(recipients)));
    }

    @Override
    public Map<ResponseId, Map<WaveType, LocalDate>> sentByUnit() {
        Map<ResponseId, Map<WaveType, LocalDate>> sent = new HashMap<>();
        for (Sent wave : waves) {
            for (ResponseId id : wave.recipients()) {
                sent.computeIfAbsent(id, k -> new EnumMap<>(WaveType.class))
                        .merge(wave.wave().type(), wave.wave().sentOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return sent;
    }

    @Override
    public List<ContactWave> sentTo(ResponseId id) {
        return waves.stream().filter(w -> w.recipients().contains(id)).map(Sent::wave).toList();
    }

    @Override
    public int unitsSent(WaveType type) {
        Set<ResponseId> units = new HashSet<>();
        waves.stream().filter(w -> w.wave().type() == type).forEach(w -> units.addAll(w.recipients()));
        return units.size();
    }

    @Override
    public Map<ResponseId, QuestionnaireSent> questionnairesSent() {
        Map<ResponseId, Integer> latest = new HashMap<>();
        Map<ResponseId, Set<Integer>> versions = new HashMap<>();
        Map<ResponseId, LocalDate> first = new HashMap<>();
        for (Sent wave : waves) {
            if (wave.wave().questionnaireVersion().isEmpty()) {
                continue;
            }
            int version = wave.wave().questionnaireVersion().getAsInt();
            for (ResponseId id : wave.recipients()) {
                latest.put(id, version);
                versions.computeIfAbsent(id, k -> new HashSet<>()).add(version);
                first.merge(id, wave.wave().sentOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<ResponseId, QuestionnaireSent> sent = new HashMap<>();
        latest.forEach((id, version) -> sent.put(id, new QuestionnaireSent(version, versions.get(id), first.get(id))));
        return sent;
    }

    /** The recipients of a wave, in the order recorded. */
    public List<ResponseId> recipients(int wave) {
        return waves.get(wave - 1).recipients();
    }

    @Override
    public Object snapshot() {
        return List.copyOf(waves);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        waves.clear();
        waves.addAll((List<Sent>) snapshot);
    }
}
