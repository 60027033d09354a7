package se.coompanion.sesi.adapters.cli.learning;

import java.util.List;
import picocli.CommandLine.Option;

/** The fields of a module, shared by {@code module add} and {@code module change}. */
public final class ModuleFields {

    @Option(names = "--title", descriptionKey = "module.title")
    String title;

    @Option(names = "--objective", paramLabel = "TEXT", descriptionKey = "module.objective")
    List<String> objectives;

    @Option(names = "--competence", split = ",", paramLabel = "KEY", descriptionKey = "module.competence")
    List<String> competences;

    @Option(names = "--delivery", paramLabel = "FORMAT", descriptionKey = "module.delivery")
    String delivery;

    @Option(names = "--hours", paramLabel = "H", descriptionKey = "module.hours")
    String hours;

    @Option(names = "--accessibility", paramLabel = "ADAPTATION", descriptionKey = "module.accessibility")
    List<String> adaptations;

    @Option(names = "--programme-version", paramLabel = "N", descriptionKey = "module.version")
    Integer version;
}
