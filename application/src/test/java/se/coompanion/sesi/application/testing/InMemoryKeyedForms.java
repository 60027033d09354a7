package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.application.survey.port.out.FieldDifference;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.PassSummary;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.Resolution;

public final class InMemoryKeyedForms implements KeyedForms, InMemory {

    private record State(EntrySettings settings, Map<ResponseId, Map<EntryPass, KeyedPass>> passes,
            List<Resolution> resolutions) {
    }

    private EntrySettings settings = EntrySettings.DEFAULT;
    private final Map<ResponseId, Map<EntryPass, KeyedPass>> passes = new TreeMap<>();
    private final List<Resolution> resolutions = new ArrayList<>();

    @Override
    public EntrySettings settings() {
        return settings;
    }

    @Override
    public void save(EntrySettings settings) {
        this.settings = settings;
    }

    @Override
    public List<PassSummary> summaries() {
        return passes.values().stream().flatMap(p -> p.values().stream())
                .map(p -> new PassSummary(p.responseId(), p.pass(), p.version(), p.completeness(), p.keyedAt(),
                        p.keyedBy(), p.source(), p.line()))
                .toList();
    }

    @Override
    public List<KeyedPass> passes(Collection<ResponseId> ids) {
        Set<ResponseId> wanted = new HashSet<>(ids);
        return passes.entrySet().stream().filter(e -> wanted.contains(e.getKey()))
                .flatMap(e -> e.getValue().values().stream()).toList();
    }

    @Override
    public void add(List<KeyedPass> added) {
        for (KeyedPass pass : added) {
            Map<EntryPass, KeyedPass> form = passes.computeIfAbsent(pass.responseId(),
                    k -> new EnumMap<>(EntryPass.class));
            if (form.putIfAbsent(pass.pass(), pass) != null) {
                throw new ConflictException(Message.literal("pass keyed twice: " + pass.responseId()));
            }
        }
    }

    @Override
    public void remove(EntryPass pass, Collection<ResponseId> ids) {
        for (ResponseId id : ids) {
            Map<EntryPass, KeyedPass> form = passes.get(id);
            if (form != null) {
                form.remove(pass);
                if (form.isEmpty()) {
                    passes.remove(id);
                }
            }
        }
    }

    @Override
    public List<Resolution> resolutions(Collection<ResponseId> ids) {
        Set<ResponseId> wanted = new HashSet<>(ids);
        return resolutions.stream().filter(r -> wanted.contains(r.responseId())).toList();
    }

    @Override
    public void add(Resolution resolution) {
        resolutions.add(resolution);
    }

    @Override
    public Set<ResponseId> resolvedForms() {
        Set<ResponseId> resolved = new HashSet<>();
        resolutions.forEach(r -> resolved.add(r.responseId()));
        return resolved;
    }

    @Override
    public List<FieldDifference> differences() {
        List<FieldDifference> differences = new ArrayList<>();
        passes.forEach((id, form) -> {
            KeyedPass first = form.get(EntryPass.FIRST);
            KeyedPass second = form.get(EntryPass.SECOND);
            if (first == null || second == null) {
                return;
            }
            Set<String> variables = new LinkedHashSet<>(first.answers().values().keySet());
            variables.addAll(second.answers().values().keySet());
            for (String variable : variables) {
                String a = first.answers().value(variable);
                String b = second.answers().value(variable);
                if (!a.equals(b)) {
                    differences.add(new FieldDifference(id, variable, a, b));
                }
            }
        });
        return differences;
    }

    @Override
    public Object snapshot() {
        Map<ResponseId, Map<EntryPass, KeyedPass>> copy = new TreeMap<>();
        passes.forEach((id, form) -> copy.put(id, new EnumMap<>(form)));
        return new State(settings, copy, List.copyOf(resolutions));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        settings = state.settings();
        passes.clear();
        passes.putAll(state.passes());
        resolutions.clear();
        resolutions.addAll(state.resolutions());
    }
}
