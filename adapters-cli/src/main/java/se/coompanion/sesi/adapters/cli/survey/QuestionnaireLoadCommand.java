package se.coompanion.sesi.adapters.cli.survey;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/**
 * {@code sesi survey questionnaire load FILE}: loads the data dictionary. The whole questionnaire is checked (a
 * questionnaire is all or nothing: there is no --skip-invalid); the same questions again change nothing.
 */
@Command(name = "load", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class QuestionnaireLoadCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "questionnaire.load.file")
    private Path file;

    @Option(names = "--encoding", paramLabel = "auto|utf-8|windows-1252", defaultValue = "auto",
            converter = ImportFile.EncodingConverter.class, descriptionKey = "import.encoding")
    private FileEncoding.Choice encoding = FileEncoding.Choice.AUTO;

    @Override
    public Integer call() {
        LoadQuestionnaire.Result result = sesi().survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(
                CsvFileSource.open(file, encoding)));
        QuestionnaireVersion version = result.version();
        if (result.unchanged()) {
            out().println(text("questionnaire.load.unchanged", file, version.number()));
            return ExitCode.OK;
        }
        long sections = version.questionnaire().questions().stream().map(Question::section).distinct().count();
        out().println(text("questionnaire.load.done", version.number(), file,
                version.questionnaire().questions().size(), sections, version.questionnaire().conditionalQuestions()));
        result.mailedWithVersion().ifPresent(mailed -> out().println(text("questionnaire.load.mailed", mailed,
                version.number())));
        return ExitCode.OK;
    }
}
