package se.coompanion.sesi.adapters.persistence.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
}
