package se.coompanion.sesi.domain.competence;

import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * One competence of a framework: its stable key, its area, and its name in Swedish and English.
 *
 * @param key     the key ratings refer to, e.g. {@code public_procurement}
 * @param area    the area it belongs to
 * @param swedish the name in Swedish
 * @param english the name in English
 */
public record Competence(CompetenceKey key, CompetenceArea area, String swedish, String english) {

    public static final int MAX_NAME = 200;

    public Competence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        swedish = TextField.required(Message.of(Competence.class, "competence.name"), swedish, MAX_NAME);
        english = TextField.required(Message.of(Competence.class, "competence.name"), english, MAX_NAME);
    }

    /** The name in the language of the locale (Swedish for sv, English otherwise). */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }

    /** The name for people, in whatever language a message is shown in. */
    public Message title() {
        return Message.of(Competence.class, "competence.title", swedish, english);
    }
}
