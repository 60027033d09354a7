package se.coompanion.sesi.domain.competence;

import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * An area of a competence framework, such as EntreComp's "Ideas and opportunities".
 *
 * @param key     the stable key, e.g. {@code ideas_and_opportunities}
 * @param swedish the name in Swedish
 * @param english the name in English
 */
public record CompetenceArea(CompetenceKey key, String swedish, String english) {

    public static final int MAX_NAME = 200;

    public CompetenceArea {
        Objects.requireNonNull(key, "key");
        swedish = TextField.required(Message.of(CompetenceArea.class, "area.name"), swedish, MAX_NAME);
        english = TextField.required(Message.of(CompetenceArea.class, "area.name"), english, MAX_NAME);
    }

    /** The name in the language of the locale (Swedish for sv, English otherwise). */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }

    /** The name for people, in whatever language a message is shown in. */
    public Message title() {
        return Message.of(CompetenceArea.class, "area.title", swedish, english);
    }
}
