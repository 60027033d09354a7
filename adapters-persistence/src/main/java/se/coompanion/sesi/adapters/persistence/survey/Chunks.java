package se.coompanion.sesi.adapters.persistence.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.coompanion.sesi.domain.survey.ResponseId;

/** Response ids in chunks of at most {@value #SIZE}, for {@code IN} lists and batches of a bounded size. */
final class Chunks {

    static final int SIZE = 1000;

    private Chunks() {
    }

    /** The sequence numbers of the ids, in chunks, each id once. */
    static List<List<Integer>> of(Collection<ResponseId> ids) {
        List<Integer> sequences = ids.stream().map(ResponseId::sequence).distinct().toList();
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < sequences.size(); from += SIZE) {
            chunks.add(sequences.subList(from, Math.min(from + SIZE, sequences.size())));
        }
        return chunks;
    }

    /**
     * {@code field IN (...)} with the chunk's numbers written into the statement, not bound. H2 compares a row with a
     * list of parameters one by one (a thousand comparisons a row) but looks a list of constants up in a set: reading
     * back the forms of a 20,000-form data entry import took 27 s of its 54 s with parameters (docs/benchmarks.md).
     * The numbers are integers, so nothing can be injected.
     */
    static Condition in(Field<Integer> field, List<Integer> chunk) {
        return field.in(chunk.stream().map(DSL::inline).toList());
    }
}
