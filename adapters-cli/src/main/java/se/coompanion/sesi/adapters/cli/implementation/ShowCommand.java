package se.coompanion.sesi.adapters.cli.implementation;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi implementation show [aims|groups|activities|results|partners|risks|principles|evidence]}: the whole
 * draft for people, or one part as a table (and CSV).
 */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class ShowCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PART", descriptionKey = "show.part")
    private String part;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        DraftTables.Part wanted = part == null ? null : part(part);
        if (wanted == null && format.format() == OutputFormat.CSV) {
            throw InvalidInputException.of(Message.of(ShowCommand.class, "show.csvNeedsPart"));
        }
        DraftView view = sesi().implementation().showImplementationDraft().show();
        if (wanted == null) {
            new DraftText(view, context().locale(), out()).print();
            out().flush();
        } else {
            print(new DraftTables(view, context().locale()).table(wanted), format.format());
        }
        return ExitCode.OK;
    }

    private static DraftTables.Part part(String text) {
        try {
            return DraftTables.Part.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(Message.of(ShowCommand.class, "show.unknownPart", text));
        }
    }
}
