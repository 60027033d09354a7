package se.coompanion.sesi.domain.shared;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * A text for people, kept as a key into a resource bundle plus its arguments so that it can be shown
 * in Swedish or English. The bundle is {@code messages} in the package of the class that owns the text.
 * English is the base bundle; Swedish lives in {@code messages_sv}.
 *
 * @param bundle base name of the resource bundle, empty for a literal text
 * @param key    the message key, or the literal text
 * @param args   arguments for {@link MessageFormat}; a {@code Message} argument is shown in the same language
 *
 * <p>Plural forms go through the pattern, never "(ar)": {@code {0,choice,0#inga seminarier|1#ett seminarium|1<{0}
 * seminarier}} (Java's {@link java.text.ChoiceFormat}); a count that may reach thousands is {@code {0,number,integer}}
 * (grouped: "1 200" in Swedish, "1,200" in English). A number in a plain {@code {0}} is shown as written.
 */
public record Message(String bundle, String key, List<Object> args) {

    private static final String LITERAL = "";

    public Message {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = nullsAsEmpty(args.stream());
    }

    /** A message from the {@code messages} bundle in the package of {@code owner}. */
    public static Message of(Class<?> owner, String key, Object... args) {
        return new Message(owner.getPackageName() + ".messages", key, nullsAsEmpty(Arrays.stream(args)));
    }

    /** A text that is already in its final language (for example one produced by a library). */
    public static Message literal(String text) {
        return new Message(LITERAL, text, List.of());
    }

    /** The text in the given language; English for any language without its own bundle. */
    public String format(Locale locale) {
        if (bundle.equals(LITERAL)) {
            return key;
        }
        String pattern;
        try {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, locale, Message.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = resources.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        if (args.isEmpty() && !pattern.contains("''")) {
            // a text without arguments is shown as written: "Women's entrepreneurship" keeps its apostrophe (a text
            // that doubles it, as a pattern with arguments must, is read as a pattern below)
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            boolean formatted = i < formats.length && formats[i] != null;
            shown[i] = shown(args.get(i), locale, formatted);
        }
        return format.format(shown);
    }

    /** The text in the current default language of the process. */
    public String localized() {
        return format(Locale.getDefault());
    }

    /** The English text. */
    @Override
    public String toString() {
        return format(Locale.ROOT);
    }

    // A number in a plain {0} is shown as written, without grouping separators: there it is a code, an id or a year.
    // A pattern that formats it ({0,number,integer} for a count grouped by thousands, {0,choice,...} for a plural
    // form) gets the number itself.
    private static Object shown(Object arg, Locale locale, boolean formatted) {
        if (arg instanceof Message message) {
            return message.format(locale);
        }
        if (arg instanceof Number && !formatted) {
            return String.valueOf(arg);
        }
        return arg;
    }

    private static List<Object> nullsAsEmpty(Stream<?> args) {
        return args.map(a -> a == null ? (Object) "" : a).toList();
    }
}
