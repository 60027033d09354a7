package se.coompanion.sesi.application.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.privacy.Erasure;

/** Free-text mentions of a person in the in-memory stores, found and erased as the database adapters do. */
final class InMemoryMentions {

    private InMemoryMentions() {
    }

    /** The records whose texts mention the subject, as the export shows them. */
    static <K, V> List<PersonalRecord> export(String store, Map<K, V> records, DataSubject subject,
            Function<V, Map<String, String>> texts) {
        return records.entrySet().stream().filter(e -> mention(subject, texts.apply(e.getValue())))
                .map(e -> PersonalRecord.of(store, e.getKey(), texts.apply(e.getValue()))).toList();
    }

    /**
     * Replaces every mention of the subject in the records' texts by the marker.
     *
     * @param rewrite makes the record again from its erased texts
     * @return how many records changed
     */
    static <K, V> int erase(Map<K, V> records, DataSubject subject, Function<V, Map<String, String>> texts,
            BiFunction<V, Map<String, String>, V> rewrite) {
        int[] changed = {0};
        records.replaceAll((key, record) -> {
            Map<String, String> before = texts.apply(record);
            if (!mention(subject, before)) {
                return record;
            }
            changed[0]++;
            return rewrite.apply(record, erased(subject, before));
        });
        return changed[0];
    }

    private static boolean mention(DataSubject subject, Map<String, String> texts) {
        return subject.terms().stream().anyMatch(term -> texts.values().stream()
                .anyMatch(text -> Erasure.mentions(text, term)));
    }

    private static Map<String, String> erased(DataSubject subject, Map<String, String> texts) {
        Map<String, String> erased = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            String result = text;
            for (String term : subject.terms()) {
                result = Erasure.withoutMentions(result, term);
            }
            erased.put(field, result);
        });
        return erased;
    }
}
