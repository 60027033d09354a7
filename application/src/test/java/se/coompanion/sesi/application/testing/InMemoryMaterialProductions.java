package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

public final class InMemoryMaterialProductions implements MaterialProductions, InMemory {

    private final List<MaterialProduction> productions = new ArrayList<>();

    @Override
    public void add(MaterialProduction production) {
        productions.add(production);
    }

    @Override
    public Optional<MaterialProduction> latest() {
        // max keeps the first of equal elements; reduce keeps the last recorded among equal times
        return productions.stream().reduce((a, b) -> b.producedAt().isBefore(a.producedAt()) ? a : b);
    }

    @Override
    public int count() {
        return productions.size();
    }

    public List<MaterialProduction> all() {
        return List.copyOf(productions);
    }

    @Override
    public Object snapshot() {
        return List.copyOf(productions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        productions.clear();
        productions.addAll((List<MaterialProduction>) snapshot);
    }
}
