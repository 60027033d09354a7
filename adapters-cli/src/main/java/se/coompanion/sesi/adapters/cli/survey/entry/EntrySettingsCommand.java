package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.survey.port.in.ChangeEntrySettings;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.adapters.documents.render.TimeText;

/**
 * {@code sesi survey entry settings [--double-entry on|off] [--user NAME]}: shows the data-entry settings, or
 * switches double entry on or off.
 */
@Command(name = "settings", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EntrySettingsCommand extends CliCommand {

    @Option(names = "--double-entry", arity = "1", paramLabel = "on|off", converter = OnOff.class,
            descriptionKey = "settings.doubleEntry")
    private Boolean doubleEntry;

    @Mixin
    private UserOption user;

    @Override
    public Integer call() {
        EntryTexts texts = new EntryTexts(context().locale());
        if (doubleEntry == null) {
            var status = sesi().survey().showEntryStatus().status();
            print(status.settings());
            out().println(text("settings.forms", texts.states(status.states())));
            return ExitCode.OK;
        }
        ChangeEntrySettings.Result result =
                sesi().survey().changeEntrySettings().change(new ChangeEntrySettings.Command(
                doubleEntry, user.who(context().environment())));
        if (!result.changed()) {
            out().println(text("settings.unchanged"));
        }
        print(result.settings());
        out().println(text("settings.forms", texts.states(result.states())));
        return ExitCode.OK;
    }

    private void print(EntrySettings settings) {
        out().println(text(settings.doubleEntry() ? "settings.on" : "settings.off"));
        if (settings.changedBy().isPresent()) {
            out().println(text("settings.changed", settings.changedBy().get(), TimeText.minutes(settings.changedAt()
                    .orElseThrow())));
        }
    }

    /** Reads on/off, ja/nej, yes/no, true/false. */
    static final class OnOff implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "on", "pa", "på", "ja", "yes", "true", "1" -> true;
                case "off", "av", "nej", "no", "false", "0" -> false;
                default -> throw new TypeConversionException(Message.of(EntrySettingsCommand.class,
                        "settings.onOff", value).localized());
            };
        }
    }
}
