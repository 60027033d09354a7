package se.coompanion.sesi.adapters.persistence.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.privacy.Erasure;

/**
 * The free-text columns of one table, searched for mentions of a person and anonymised in place. Every row with
 * text is read and matched in Java ({@link Erasure#mentions}, any letter case), so that the result is the same on
 * every database whatever its collation; erasure is rare and these tables are small.
 *
 * @param <R> the table's record
 */
public final class TextMentions<R extends Record> {

    private final Table<R> table;
    private final TableField<R, Long> id;
    private final List<TableField<R, String>> texts;

    /**
     * @param table the table
     * @param id    its id column
     * @param texts its free-text columns
     */
    @SafeVarargs
    public TextMentions(Table<R> table, TableField<R, Long> id, TableField<R, String>... texts) {
        this.table = Objects.requireNonNull(table);
        this.id = Objects.requireNonNull(id);
        this.texts = List.of(texts);
    }

    /** The table's name, as the privacy reports name the store. */
    public String store() {
        return table.getName();
    }

    /** Every row that mentions the person, with its free-text columns. */
    public List<PersonalRecord> export(DSLContext dsl, DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        for (Record row : mentioning(dsl, subject)) {
            Map<String, String> fields = new LinkedHashMap<>();
            texts.forEach(t -> fields.put(t.getName(), row.get(t)));
            records.add(PersonalRecord.of(store(), row.get(id), fields));
        }
        return records;
    }

    /** Replaces every mention of the person by {@link Erasure#MARKER}; returns how many rows changed. */
    public int erase(DSLContext dsl, DataSubject subject) {
        List<Record> rows = mentioning(dsl, subject);
        for (Record row : rows) {
            Map<TableField<R, String>, String> changed = new LinkedHashMap<>();
            for (TableField<R, String> text : texts) {
                String value = row.get(text);
                for (String term : subject.terms()) {
                    value = Erasure.withoutMentions(value, term);
                }
                changed.put(text, value);
            }
            dsl.update(table).set(changed).where(id.eq(row.get(id))).execute();
        }
        return rows.size();
    }

    private List<Record> mentioning(DSLContext dsl, DataSubject subject) {
        List<String> terms = subject.terms();
        if (terms.isEmpty()) {
            return List.of();
        }
        Condition anyText = DSL.or(texts.stream().map(TableField::isNotNull).toList());
        List<Record> found = new ArrayList<>();
        dsl.select(id).select(texts).from(table).where(anyText).orderBy(id).fetch().forEach(row -> {
            boolean mentions = texts.stream().anyMatch(t -> terms.stream()
                    .anyMatch(term -> Erasure.mentions(row.get(t), term)));
            if (mentions) {
                found.add(row);
            }
        });
        return found;
    }
}
