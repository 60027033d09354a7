package se.coompanion.sesi.application.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.ColumnLayout;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * The data-entry file (cli.md): {@code response_id}, then one column per variable of the questionnaire (any
 * version's; a variable of every version mailed must be a column), a MULTI answer as its ticked codes joined with
 * {@code |}, an empty cell not answered. Each row is checked by {@link EntryCheck}; a response id that appears twice
 * in a file is an error for the second row.
 */
final class EntryFile {

    static final Column RESPONSE_ID = Column.required(Question.RESPONSE_ID_VARIABLE, Question.RESPONSE_ID_VARIABLE);

    /** A row that passed every check, with its line. */
    record Row(int line, EntryCheck.Checked checked) {
    }

    private final EntryCheck check;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Set<String> inFile = new HashSet<>();

    /**
     * @param check     the checks
     * @param variables every variable of the questionnaire's versions
     * @param required  the variables the file must have (those of every version mailed)
     * @param source    the file
     */
    EntryFile(EntryCheck check, List<Question> variables, Set<String> required, TabularSource source) {
        this.check = check;
        for (Question question : variables) {
            String variable = question.variable();
            Column column = new Column(variable, variable, required.contains(variable));
            columns.put(variable, column);
            if (source.header().stream().filter(h -> h != null && h.length() <= ColumnLayout.MAX_NAME_CHARS)
                    .anyMatch(column::matches)) {
                inFile.add(variable);
            }
        }
    }

    /** The import's name in the import log: a file keyed as pass 1 is another import than as pass 2. */
    static String kind(EntryPass pass) {
        return "survey-entry-pass-" + pass.number();
    }

    RowImport<Row> rowImport(EntryPass pass) {
        List<Column> all = new ArrayList<>();
        all.add(RESPONSE_ID);
        all.addAll(columns.values());
        return new RowImport<>(kind(pass), all, this::read,
                () -> DuplicateCheck.byKey(row -> row.checked().responseId()),
                d -> Message.of(EntryFile.class, "entry.duplicate", d.key(), d.firstLine()));
    }

    private Row read(RowReading reading) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((variable, column) -> values.put(variable, reading.text(column)));
        EntryCheck.Outcome outcome = check.check(reading.text(RESPONSE_ID), values, inFile::contains);
        for (EntryCheck.FieldProblem problem : outcome.problems()) {
            Column column = problem.field().equals(EntryCheck.RESPONSE_ID) ? RESPONSE_ID : columns.get(problem.field());
            if (column == null) {
                reading.problem(problem.message());
            } else {
                reading.problem(column, problem.message());
            }
        }
        return outcome.checked().map(c -> new Row(reading.line(), c)).orElse(null);
    }
}
