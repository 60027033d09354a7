package se.coompanion.sesi.application.statistics.port.out;

import java.util.Collection;
import java.util.List;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureKey;

/** The statistical figures, one per indicator (case-insensitive), region and year. */
public interface StatisticalFigures {

    /** Stores the figures; one whose indicator, region and year is stored already is a {@code ConflictException}. */
    void addAll(List<Figure> figures);

    /** Removes the figures with these keys, where stored. */
    void removeAll(Collection<FigureKey> keys);

    /** Every figure, in no particular order. */
    List<Figure> all();

    int count();
}
