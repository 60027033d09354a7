package se.coompanion.sesi.domain.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * An exception whose message is a {@link Message}: English through {@link #getMessage()}, the process's language
 * through {@link #getLocalizedMessage()}, any language through {@link #getMessage(Locale)}.
 */
public abstract class LocalizedException extends RuntimeException {

    private final transient Message text;

    protected LocalizedException(Message text) {
        super(text.toString());
        this.text = Objects.requireNonNull(text);
    }

    protected LocalizedException(Message text, Throwable cause) {
        super(text.toString(), cause);
        this.text = Objects.requireNonNull(text);
    }

    public Message text() {
        return text;
    }

    public String getMessage(Locale locale) {
        return text.format(locale);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }
}
