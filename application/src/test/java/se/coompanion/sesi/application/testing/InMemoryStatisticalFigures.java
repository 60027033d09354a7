package se.coompanion.sesi.application.testing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureKey;

public final class InMemoryStatisticalFigures implements StatisticalFigures, InMemory {

    private final Map<FigureKey, Figure> figures = new LinkedHashMap<>();

    @Override
    public void addAll(List<Figure> added) {
        for (Figure figure : added) {
            if (figures.putIfAbsent(figure.key(), figure) != null) {
                throw new ConflictException(Message.literal("figure stored already: " + figure.key()));
            }
        }
    }

    @Override
    public void removeAll(Collection<FigureKey> keys) {
        keys.forEach(figures::remove);
    }

    @Override
    public List<Figure> all() {
        return List.copyOf(figures.values());
    }

    @Override
    public int count() {
        return figures.size();
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(figures);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        figures.clear();
        figures.putAll((Map<FigureKey, Figure>) snapshot);
    }
}
