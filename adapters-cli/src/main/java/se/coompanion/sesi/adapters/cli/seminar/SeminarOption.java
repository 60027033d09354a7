package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Option;

/** The {@code --seminar N} option of every seminar command: which seminar; left out, the only one there is. */
public final class SeminarOption {

    @Option(names = "--seminar", paramLabel = "N", descriptionKey = "option.seminar")
    private String seminar;

    /** The seminar's number as typed, or null for the only seminar. */
    public String seminar() {
        return seminar;
    }
}
