package se.coompanion.sesi.adapters.cli.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * The documented survey examples run through the command line: the SESI questionnaire, both example frames (11
 * units of the population), the questionnaire mailed on 2024-03-11, and the example data-entry files.
 */
public final class SurveyFixture {

    public static final Path EXAMPLES = Path.of("..", "docs", "examples");
    public static final Path QUESTIONNAIRE = EXAMPLES.resolve("sesi-enkat.csv");
    public static final Path FRAME = EXAMPLES.resolve("urvalsram.csv");
    public static final Path FRAME_1252 = EXAMPLES.resolve("urvalsram-windows-1252.csv");
    /** Pass 1 of seven returns: six complete, S-0009-2 partial. */
    public static final Path ENTRY = EXAMPLES.resolve("inmatning.csv");
    /** Pass 2 of three of them, with three disagreements. */
    public static final Path ENTRY_2 = EXAMPLES.resolve("inmatning-2.csv");

    private final SesiCli sesi;

    public SurveyFixture(SesiCli sesi) {
        this.sesi = sesi;
    }

    public SesiCli.Result ok(String... args) {
        SesiCli.Result result = sesi.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    /** --lang en, then the arguments. */
    public SesiCli.Result en(String... args) {
        String[] withLanguage = new String[args.length + 2];
        withLanguage[0] = "--lang";
        withLanguage[1] = "en";
        System.arraycopy(args, 0, withLanguage, 2, args.length);
        return sesi.run(withLanguage);
    }

    /** The pre-study, questionnaire, frames and the questionnaire wave. */
    public SurveyFixture mailed(Path directory) {
        ok("init");
        ok("survey", "questionnaire", "load", QUESTIONNAIRE.toString());
        ok("survey", "frame", "import", FRAME.toString());
        ok("survey", "frame", "import", FRAME_1252.toString());
        ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out", directory.resolve("utskick.csv")
                .toString());
        return this;
    }

    /** Also pass 1 of the example returns. */
    public SurveyFixture keyed(Path directory) {
        mailed(directory);
        ok("survey", "entry", "import", ENTRY.toString(), "--user", "anna", "--date", "2024-03-25");
        return this;
    }
}
