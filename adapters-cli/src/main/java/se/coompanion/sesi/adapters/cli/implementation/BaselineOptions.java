package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Option;

/** A result's baseline as options: measured from the evidence, or a stated value with its note. */
public final class BaselineOptions {

    @Option(names = "--baseline", paramLabel = "KIND:WHAT", descriptionKey = "result.baseline")
    String baseline;

    @Option(names = "--baseline-value", paramLabel = "VALUE", descriptionKey = "result.baselineValue")
    String value;

    @Option(names = "--baseline-note", descriptionKey = "result.baselineNote")
    String note;
}
