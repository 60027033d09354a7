package se.coompanion.sesi.adapters.cli.survey;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.WaveType;

/**
 * {@code sesi survey wave WAVE --date D [--ids FILE] --out FILE}: records a contact wave and writes its address list
 * for the mail merge. Nothing is recorded when the list cannot be written or an id of {@code --ids} is wrong.
 */
@Command(name = "wave", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class WaveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "WAVE", converter = SurveyValues.WaveTypes.class,
            descriptionKey = "wave.type")
    private WaveType type;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "wave.date")
    private LocalDate date;

    @Option(names = "--ids", paramLabel = "FILE", descriptionKey = "wave.ids")
    private Path ids;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "wave.out")
    private Path out;

    @Override
    public Integer call() {
        MailMergeFile.checkWritable(out);
        Optional<SendContactWave.Chosen> chosen = ids == null ? Optional.empty() : Optional.of(IdsFile.read(ids));
        SendContactWave.Result result = sesi().survey().sendContactWave().send(new SendContactWave.Command(type, date,
                chosen));
        MailMergeFile.write(out, result.recipients());
        ContactWave wave = result.wave();
        out().println(text("wave.done", wave.number(), text(type.title()), wave.sentOn().toString(),
                wave.recipients()));
        wave.questionnaireVersion().ifPresent(v -> out().println(text("wave.version", v)));
        out().println(text("wave.file", out.toString()));
        return ExitCode.OK;
    }
}
