package se.coompanion.sesi.adapters.cli.competence;

import java.nio.file.Path;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.adapters.documents.competence.MatrixDocument;

/** The documents of the competence mapping, written by the command and by the demo in one way. */
public final class CompetenceFiles {

    private CompetenceFiles() {
    }

    /**
     * Writes the gap matrix's heat map: the picture alone for a file ending in .svg, else the page.
     *
     * @return the matrix written
     */
    public static ShowGapMatrix.Result writeMatrix(SesiApplication sesi, Path file, Locale locale) {
        ShowGapMatrix.Result result = sesi.showGapMatrix().matrix();
        MatrixDocument document = new MatrixDocument(result.matrix(), result.enterprises(), result.ranked(), locale);
        OutputFile.write(file, OutputFile.extension(file).equals("svg") ? document.svg() : document.html());
        return result;
    }
}
