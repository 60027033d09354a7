package se.coompanion.sesi.adapters.cli;

import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The command line's hints in the documents: where a document says that something is not recorded yet, the command
 * that records it ("Assess the actors with "sesi stakeholder assess"."). The texts are the {@code hint.TOPIC} keys of
 * this package's bundle, in Swedish and English.
 */
public final class CommandHints implements RecordingHints {

    /** The hints of the sesi commands. */
    public static final CommandHints SESI = new CommandHints();

    private CommandHints() {
    }

    @Override
    public Optional<String> hint(Topic topic, Locale locale) {
        return Optional.of(Message.of(CommandHints.class, "hint." + topic.name()).format(locale));
    }
}
