package se.coompanion.sesi.domain.needs;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * The theme of a need: one of the default themes, or OTHER with a label of the project's own
 * ({@code OTHER: Bostäder}). A label is how a project extends the list without a code change; every need with
 * the same label (in any letter case) counts as one theme. A label is allowed only with OTHER, so that a typo in a
 * known theme never becomes a theme of its own.
 *
 * @param theme the theme of the default list
 * @param label the project's own theme, only with OTHER
 */
public record NeedTheme(Theme theme, Optional<String> label) implements Comparable<NeedTheme> {

    public static final int MAX_LABEL = 100;
    private static final Comparator<NeedTheme> ORDER = Comparator.comparing(NeedTheme::theme)
            .thenComparing(t -> t.labelKey());

    public NeedTheme {
        Objects.requireNonNull(theme, "theme");
        label = TextField.optional(Message.of(NeedTheme.class, "theme.label"), label, MAX_LABEL)
                .map(l -> l.replaceAll("\\s+", " "));
        if (label.isPresent() && theme != Theme.OTHER) {
            throw new DomainException(Message.of(NeedTheme.class, "theme.labelOnlyOther", theme, label.get()));
        }
    }

    public static NeedTheme of(Theme theme) {
        return new NeedTheme(theme, Optional.empty());
    }

    public static NeedTheme other(String label) {
        return new NeedTheme(Theme.OTHER, Optional.of(label));
    }

    /**
     * Reads a theme code ({@code WORK_INTEGRATION}, {@code work-integration}) or OTHER with a label after a colon
     * ({@code OTHER: Bostäder}, {@code övrigt: Bostäder}).
     */
    public static NeedTheme parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return of(parseTheme(t));
        }
        Theme theme = parseTheme(t.substring(0, colon));
        String label = t.substring(colon + 1).strip();
        if (label.isEmpty()) {
            throw new DomainException(Message.of(NeedTheme.class, "theme.labelEmpty", t));
        }
        return new NeedTheme(theme, Optional.of(label));
    }

    private static Theme parseTheme(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("övrigt") || t.equalsIgnoreCase("ovrigt")) {
            return Theme.OTHER;
        }
        return Theme.parse(t);
    }

    /** The theme as written in files and CSV output: the code, or {@code OTHER: label}. */
    public String code() {
        return label.map(l -> theme.name() + ": " + l).orElse(theme.name());
    }

    /** The theme for people: its title, or "Övrigt: label" / "Other: label". */
    public Message title() {
        return label.map(l -> Message.of(NeedTheme.class, "theme.withLabel", theme.title(), l))
                .orElse(theme.title());
    }

    private String labelKey() {
        return label.map(l -> l.toLowerCase(Locale.ROOT)).orElse("");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeedTheme that && theme == that.theme && labelKey().equals(that.labelKey());
    }

    @Override
    public int hashCode() {
        return Objects.hash(theme, labelKey());
    }

    @Override
    public int compareTo(NeedTheme other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
