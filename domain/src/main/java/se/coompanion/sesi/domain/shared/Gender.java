package se.coompanion.sesi.domain.shared;

import java.util.Locale;

/** Gender as ESF+ reporting asks for it: every count of people is kept by these four. */
public enum Gender {
    WOMAN, MAN, NON_BINARY, NOT_STATED;

    /** Reads the code ("WOMAN") or a common Swedish or English word ("kvinna", "man", "k", "m", "woman"). */
    public static Gender parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "woman", "women", "female", "f", "w", "kvinna", "kvinnor", "k" -> WOMAN;
            case "man", "men", "male", "m", "män" -> MAN;
            case "non_binary", "nonbinary", "icke_binär", "ickebinär", "x" -> NON_BINARY;
            case "not_stated", "", "okänt", "ej_angivet", "uppgift_saknas", "unknown" -> NOT_STATED;
            default -> throw new DomainException(Message.of(Gender.class, "gender.unknown", text));
        };
    }
}
