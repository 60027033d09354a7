package se.coompanion.sesi.adapters.cli;

import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;

/** The {@code --format table|csv} option that every listing has. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            descriptionKey = "option.format")
    private OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }
}
