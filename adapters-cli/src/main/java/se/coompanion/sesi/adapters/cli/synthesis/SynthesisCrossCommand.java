package se.coompanion.sesi.adapters.cli.synthesis;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.PartnerCoverage;
import se.coompanion.sesi.adapters.documents.synthesis.CrossTables;

/**
 * {@code sesi synthesis cross [themes|links|gaps|learning|coverage|partners]}: the cross-analysis; people see
 * every part, CSV needs the part.
 */
@Command(name = "cross", resourceBundle = "se.coompanion.sesi.adapters.cli.synthesis.messages",
        mixinStandardHelpOptions = true)
public final class SynthesisCrossCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PART", descriptionKey = "cross.part")
    private String part;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        List<CrossTables.Part> parts = part == null ? List.of(CrossTables.Part.values()) : List.of(part(part));
        if (format.format() == OutputFormat.CSV && parts.size() > 1) {
            throw InvalidInputException.of(Message.of(SynthesisCrossCommand.class, "cross.csvNeedsPart"));
        }
        ShowCrossAnalysis.Result cross = sesi().synthesis().showCrossAnalysis().analyse();
        CrossTables tables = new CrossTables(cross, context().locale());
        for (CrossTables.Part p : parts) {
            if (format.format() == OutputFormat.TABLE) {
                out().println(text("cross.heading." + p.name()));
                out().println();
            }
            print(tables.table(p), format.format());
            if (format.format() == OutputFormat.TABLE) {
                notes(p, cross);
                out().println();
            }
        }
        return ExitCode.OK;
    }

    private void notes(CrossTables.Part p, ShowCrossAnalysis.Result cross) {
        switch (p) {
            case THEMES -> out().println(text("cross.note.THEMES"));
            case LEARNING -> out().println(cross.modules().isEmpty() ? text("cross.note.noProgramme")
                    : text("cross.note.LEARNING", cross.needs().open().size(), cross.needs().rows().size()));
            case COVERAGE -> out().println(text("cross.note.COVERAGE", cross.gaps().stream()
                    .filter(g -> !g.covered()).count(), cross.gaps().size()));
            case PARTNERS -> out().println(text("cross.note.PARTNERS", cross.partners().withoutCandidate().size(),
                    cross.partners().rows().size(), String.join(", ", cross.partners().withoutCandidate().stream()
                            .map(PartnerCoverage.Row::municipality).map(m -> m.name()).toList())));
            default -> {
            }
        }
    }

    private static CrossTables.Part part(String text) {
        try {
            return CrossTables.Part.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(Message.of(SynthesisCrossCommand.class, "cross.unknownPart", text));
        }
    }
}
