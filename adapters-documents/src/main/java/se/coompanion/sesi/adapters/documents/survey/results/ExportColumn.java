package se.coompanion.sesi.adapters.documents.survey.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Choice;

/**
 * A column of the exported {@code data.csv} as the codebook, the SPSS syntax and the R script describe it.
 *
 * @param name        the column's name
 * @param label       the variable label
 * @param type        the type in the codebook: a question type, or TEXT/INTEGER for the unit's columns
 * @param storage     how statistics programs read it
 * @param codes       the value labels: every code and its label (numbers, or text for a TEXT column)
 * @param level       the measurement level
 * @param values      the codebook's description of the values: the value labels as the data dictionary writes
 *                    choices ({@code 1, Ja | 2, Nej}), or a range ({@code 0..500})
 * @param showIf      the condition under which the question was asked
 * @param nonScale    for a LIKERT_5 question, its codes that are no point of the scale (such as 9 Vet ej)
 */
record ExportColumn(String name, String label, String type, Storage storage, List<ValueLabel> codes, Level level,
        String values, Optional<String> showIf, List<String> nonScale) {

    ExportColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        codes = List.copyOf(codes);
        nonScale = List.copyOf(nonScale);
    }

    /**
     * A code and its label.
     *
     * @param code  as in data.csv
     * @param label what it means
     */
    record ValueLabel(String code, String label) {

        static List<ValueLabel> of(List<Choice> choices) {
            return choices.stream().map(c -> new ValueLabel(c.code(), c.label())).toList();
        }

        /** As the data dictionary writes choices: {@code 1, Ja | 2, Nej}. */
        static String format(List<ValueLabel> labels) {
            return String.join(" | ", labels.stream().map(l -> l.code() + ", " + l.label()).toList());
        }
    }

    /** How a value is read: text, whole-number codes, whole numbers, decimals, dates. */
    enum Storage {
        TEXT, CODE, INTEGER, DECIMAL, DATE
    }

    /** SPSS measurement levels. */
    enum Level {
        NOMINAL, ORDINAL, SCALE
    }
}
