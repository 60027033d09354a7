package se.coompanion.sesi.adapters.cli.needs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi needs themes [--by county] [--format table|csv]}: the themes by the number of municipalities of the
 * target set that raised them, split by priority (and by county).
 */
@Command(name = "themes", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsThemesCommand extends CliCommand {

    /** How the tally is split besides priority. */
    enum Split {
        COUNTY;

        static Split parse(String text) {
            String t = Codes.normalise(text);
            if (t.equals("county") || t.equals("lan")) {
                return COUNTY;
            }
            throw new DomainException(Message.of(NeedsThemesCommand.class, "themes.byUnknown", text));
        }
    }

    static final class SplitConverter extends CodeConverter<Split> {
        SplitConverter() {
            super(Split::parse);
        }
    }

    @Option(names = "--by", paramLabel = "county", converter = SplitConverter.class, descriptionKey = "themes.by")
    private Split split;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        boolean byCounty = split == Split.COUNTY;
        TallyNeedThemes.Result result = sesi().needs().tallyNeedThemes().tally(new TallyNeedThemes.Query(byCounty));
        print(NeedsTables.themes(result.tallies(), byCounty), format.format());
        if (format.format() == OutputFormat.TABLE && result.outsideNeeds() > 0) {
            out().println();
            out().println(text("themes.outside", result.outsideNeeds()));
        }
        return ExitCode.OK;
    }
}
