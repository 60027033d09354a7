package se.coompanion.sesi.adapters.cli.competence;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.PictureFormat;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi competence matrix [--format table|csv] [--out FILE.html|FILE.svg]}: the enterprise x competence gaps as
 * CSV (one column per competence key), as a compact table for people, or as a heat map.
 */
@Command(name = "matrix", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true)
public final class CompetenceMatrixCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "matrix.out")
    private Path file;

    @Override
    public Integer call() {
        if (file != null) {
            OutputGuard.check(file);
            PictureFormat picture = pictureFormat(file, Message.of(CompetenceMatrixCommand.class, "matrix.extension",
                    file));
            ShowGapMatrix.Result written = sesi().competence().showGapMatrix().matrix();
            documents().gapMatrix(written, picture, context().locale()).writeTo(file);
            out().println(text("matrix.written", written.matrix().enterprises().size(), written.ranked().size(), file));
            return ExitCode.OK;
        }
        ShowGapMatrix.Result result = sesi().competence().showGapMatrix().matrix();
        if (format.format() == OutputFormat.CSV) {
            print(CompetenceTables.matrix(result), OutputFormat.CSV);
            return ExitCode.OK;
        }
        if (result.matrix().isEmpty()) {
            out().println(text("ranking.empty"));
            return ExitCode.OK;
        }
        out().println(text("matrix.heading", result.matrix().enterprises().size(), result.ranked().size()));
        out().println();
        print(CompetenceTables.compactMatrix(result), OutputFormat.TABLE);
        out().println();
        for (int i = 0; i < result.ranked().size(); i++) {
            Competence competence = result.matrix().framework().require(result.ranked().get(i));
            out().println(text("matrix.key", i + 1, competence.name(context().locale()), competence.key()));
        }
        out().println();
        out().println(text("matrix.hint"));
        return ExitCode.OK;
    }
}
