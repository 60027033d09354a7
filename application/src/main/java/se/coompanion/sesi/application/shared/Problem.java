package se.coompanion.sesi.application.shared;

import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One thing wrong with the input, with where it was: {@code FILE:LINE: column: problem (value)}. Parts that
 * do not apply are left out (no file for a command's field, no line outside a file).
 *
 * @param source  the file name, or empty
 * @param line    the line number in the file, or 0
 * @param field   the column or field, or empty
 * @param value   the offending value as given, or empty
 * @param message what is wrong and what is allowed
 */
public record Problem(String source, int line, String field, String value, Message message) {

    public Problem {
        source = Objects.requireNonNullElse(source, "");
        field = Objects.requireNonNullElse(field, "");
        value = Objects.requireNonNullElse(value, "");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** A problem with a field of a command. */
    public static Problem ofField(String field, String value, Message message) {
        return new Problem("", 0, field, value, message);
    }

    /** A problem with the input as a whole. */
    public static Problem of(Message message) {
        return new Problem("", 0, "", "", message);
    }

    /** A broken rule of the model, reported against a field. */
    public static Problem ofField(String field, String value, DomainException e) {
        return ofField(field, value, e.text());
    }

    /** The same problem without file and line (for a report that names them in columns of their own). */
    public Problem withoutLocation() {
        return new Problem("", 0, field, value, message);
    }

    public Problem at(String source, int line) {
        return new Problem(source, line, field, value, message);
    }

    /** {@code FILE:LINE: column: problem (value)} in the given language. */
    public String format(Locale locale) {
        StringBuilder text = new StringBuilder();
        if (!source.isEmpty()) {
            text.append(source).append(':');
            if (line > 0) {
                text.append(line).append(':');
            }
            text.append(' ');
        } else if (line > 0) {
            text.append(line).append(": ");
        }
        if (!field.isEmpty()) {
            text.append(abbreviate(field)).append(": ");
        }
        String said = message.format(locale);
        text.append(said);
        if (!value.isEmpty() && !said.contains(value)) {
            text.append(" (").append(abbreviate(value)).append(')');
        }
        return text.toString();
    }

    /** In the process's language. */
    public String localized() {
        return format(Locale.getDefault());
    }

    @Override
    public String toString() {
        return format(Locale.ROOT);
    }

    /** The value on one line (control characters as ?) and at most 80 characters, for a message. */
    static String abbreviate(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
