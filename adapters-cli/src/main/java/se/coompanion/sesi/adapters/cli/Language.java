package se.coompanion.sesi.adapters.cli;

import java.util.Locale;

/** The languages of people-facing text: Swedish (the default) and English. */
public enum Language {
    SV(Locale.forLanguageTag("sv-SE")), EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** "sv" or "en" in any case; anything else is not a language of the product. */
    public static Language parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
