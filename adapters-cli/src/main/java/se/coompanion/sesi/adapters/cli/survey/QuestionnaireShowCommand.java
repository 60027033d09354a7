package se.coompanion.sesi.adapters.cli.survey;

import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.condition.Condition;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.adapters.documents.render.TimeText;

/**
 * {@code sesi survey questionnaire show [VERSION] [--format]}: the questions of a version. The CSV has the
 * columns of the data dictionary, so that it loads back as the same questionnaire.
 */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class QuestionnaireShowCommand extends CliCommand {

    private static final String[] COLUMNS = {"variable", "section", "label", "type", "choices", "required", "min",
        "max", "show_if"};

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION", descriptionKey = "questionnaire.show.version")
    private Integer version;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        QuestionnaireVersion shown = sesi().survey().showQuestionnaire().show(version == null ? OptionalInt.empty()
                : OptionalInt.of(version));
        Table table = new Table(java.util.Arrays.stream(COLUMNS)
                .map(c -> new Table.Column(c, Message.of(QuestionnaireShowCommand.class, "questionnaire.column." + c)))
                .toList());
        for (Question q : shown.questionnaire().questions()) {
            table.row(Cell.text(q.variable()), Cell.text(q.section()), Cell.text(q.label()), Cell.coded(q.type(), Glossary.term("questionType", q.type())),
                    Cell.text(Choice.format(q.choices())), Cell.bool(q.required()), Cell.text(q.min()),
                    Cell.text(q.max()), Cell.text(q.showIf().map(Condition::toString)));
        }
        if (format.format() == OutputFormat.TABLE) {
            out().println(text("questionnaire.show.heading", shown.number(), shown.source(),
                    TimeText.minutes(shown.loadedAt())));
            out().println();
        }
        print(table, format.format());
        return ExitCode.OK;
    }
}
