package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;

public final class InMemorySamplingFrames implements SamplingFrames, InMemory {

    private final Map<Long, FrameEntry> entries = new LinkedHashMap<>();
    private int batches;

    @Override
    public long[] organisationNumbers() {
        return entries.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Override
    public int lastResponseSequence() {
        return entries.values().stream().flatMap(e -> e.unit().responseId().stream())
                .mapToInt(ResponseId::sequence).max().orElse(0);
    }

    @Override
    public void addAll(List<FrameEntry> added) {
        batches++;
        for (FrameEntry entry : added) {
            if (entries.putIfAbsent(entry.unit().orgNumber().asLong(), entry) != null) {
                throw new ConflictException(Message.literal("duplicate " + entry.unit().orgNumber()));
            }
        }
    }

    @Override
    public Optional<FrameUnit> find(ResponseId id) {
        return population().stream().filter(u -> u.responseId().orElseThrow().equals(id)).findFirst();
    }

    @Override
    public List<FrameUnit> population() {
        return entries.values().stream().map(FrameEntry::unit).filter(FrameUnit::isEligible)
                .sorted(Comparator.comparing(u -> u.responseId().orElseThrow())).toList();
    }

    @Override
    public List<FrameEntry> excluded() {
        return entries.values().stream().filter(e -> !e.unit().isEligible()).toList();
    }

    @Override
    public FrameSize size() {
        List<FrameUnit> population = population();
        return new FrameSize(entries.size(), population.size(),
                (int) population.stream().filter(u -> u.eligibility().businessActivityUnconfirmed()).count());
    }

    /** How many batches were written (an import writes in batches). */
    public int batches() {
        return batches;
    }

    /** Every entry in the order stored. */
    public List<FrameEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        entries.clear();
        entries.putAll((Map<Long, FrameEntry>) snapshot);
    }
}
