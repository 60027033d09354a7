package se.coompanion.sesi.domain.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading the codes people type for enumerations (a theme, a kind, a candidacy) and the numbers of records (a
 * contact, a source): one way everywhere. A code is matched in any letter case, with hyphens or spaces for
 * underscores and accents ignored ({@code work-integration} is WORK_INTEGRATION).
 */
public final class Codes {

    private Codes() {
    }

    /** The constant the text names, or empty. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        String wanted = normalise(text);
        return Arrays.stream(type.getEnumConstants()).filter(c -> normalise(c.name()).equals(wanted)).findFirst();
    }

    /**
     * The constant the text names by its code or by its other name (a Swedish word, a number), in any letter case
     * and accents ignored; or empty.
     */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text,
            java.util.function.Function<E, String> otherName) {
        String wanted = normalise(text);
        return find(type, text).or(() -> Arrays.stream(type.getEnumConstants())
                .filter(c -> normalise(otherName.apply(c)).equals(wanted)).findFirst());
    }

    /**
     * The constant the text names; otherwise a {@link DomainException} with the message {@code key} of the
     * owner's bundle, given the text and the allowed codes ("Theme FINANCE: allowed are WORK_INTEGRATION, ...").
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, Class<?> owner, String key) {
        return find(type, text).orElseThrow(() -> new DomainException(Message.of(owner, key,
                text == null ? "" : text.strip(), allowed(type))));
    }

    /** The codes of an enumeration, comma separated. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * A record's number as typed: a positive whole number; otherwise a {@link DomainException} with the message
     * {@code key} of the owner's bundle, given the text.
     */
    public static long positiveNumber(String text, Class<?> owner, String key) {
        String trimmed = text == null ? "" : text.strip();
        try {
            long number = Long.parseLong(trimmed);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException(Message.of(owner, key, trimmed));
    }

    /** Lower case, accents dropped, every run of spaces, hyphens and underscores one underscore. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }
}
