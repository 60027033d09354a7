package se.coompanion.sesi.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pre-study's vocabulary: one word in Swedish and one in English for each of its terms, in one bundle
 * ({@code glossary.properties}, {@code glossary_sv.properties} beside this class). The domain's enums take their
 * titles from it (the quadrants, the salience classes, attitudes, candidacies, dispositions, activities, units, need
 * themes, priorities), and so do the documents and the command line for the concepts they name in headings and
 * columns (power, interest, RR1-RR3, the import kinds...), so that one key is one word everywhere. The competences'
 * names are not here: they come from the competence framework.
 */
public final class Glossary {

    /** The bundle's base name. */
    public static final String BUNDLE = "se.coompanion.sesi.domain.shared.glossary";

    private Glossary() {
    }

    /**
     * A term of the glossary.
     *
     * @param key  the term's key, for example {@code "term.power"} or {@code "salience.DEFINITIVE"}
     * @param args arguments of the term's pattern, if it has any
     * @return the term as a message in any language
     */
    public static Message term(String key, Object... args) {
        return new Message(BUNDLE, key, Arrays.asList(args));
    }

    /** The word of an enum constant: the key {@code PREFIX.CONSTANT}. */
    public static Message term(String prefix, Enum<?> constant) {
        return term(prefix + "." + constant.name());
    }

    /**
     * The word of a key that is only known at run time (an import kind read from the database), or the key itself
     * where the glossary has no word for it (an import logged by a newer version of the program).
     */
    public static Message termOrKey(String prefix, String key) {
        boolean known = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Glossary.class.getClassLoader())
                .containsKey(prefix + "." + key);
        return known ? term(prefix + "." + key) : Message.literal(key);
    }

    /** A term as a word in a language, for example "makt" for {@code "term.power"} in Swedish. */
    public static String word(String key, Locale locale) {
        return term(key).format(locale);
    }
}
