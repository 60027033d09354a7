package se.coompanion.sesi.domain.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The legal form of an organisation, with the SCB/Skatteverket JURFORM code where domain.md gives one.
 * "Kooperativ" and "ASF" are not legal forms (ASF, a work-integration social enterprise, is a role).
 */
public enum LegalForm {
    AKTIEBOLAG(49, "Aktiebolag", "Limited company", Set.of(5)),
    /** Aktiebolag med särskild vinstutdelningsbegränsning: JURFORM 49 with the svb flag. */
    AKTIEBOLAG_SVB(49, "Aktiebolag med särskild vinstutdelningsbegränsning",
            "Limited company with restricted dividends (svb)", Set.of(5)),
    EKONOMISK_FORENING(51, "Ekonomisk förening", "Economic association", Set.of(7)),
    BOSTADSRATTSFORENING(53, "Bostadsrättsförening", "Housing cooperative", Set.of(7)),
    KOOPERATIV_HYRESRATTSFORENING(54, "Kooperativ hyresrättsförening", "Cooperative tenancy association", Set.of(7)),
    IDEELL_FORENING(61, "Ideell förening", "Non-profit association", Set.of(8)),
    STIFTELSE(72, "Stiftelse", "Foundation", Set.of(8)),
    KOMMUN(82, "Kommun", "Municipality", Set.of(2)),
    REGION(0, "Region", "Region", Set.of(2)),
    STATLIG_MYNDIGHET(0, "Statlig myndighet", "Government agency", Set.of(2)),
    HANDELSBOLAG(0, "Handelsbolag", "Trading partnership", Set.of(9)),
    ENSKILD_FIRMA(0, "Enskild firma", "Sole trader", Set.of()),
    OTHER(0, "Annan", "Other", Set.of());

    private final int jurform;
    private final String swedish;
    private final String english;
    private final Set<Integer> groups;

    LegalForm(int jurform, String swedish, String english, Set<Integer> groups) {
        this.jurform = jurform;
        this.swedish = swedish;
        this.english = english;
        this.groups = groups;
    }

    /** The JURFORM code, where domain.md gives one (49 for both kinds of aktiebolag). */
    public OptionalInt jurform() {
        return jurform == 0 ? OptionalInt.empty() : OptionalInt.of(jurform);
    }

    /** The name in Swedish, e.g. "Ekonomisk förening". */
    public String swedishName() {
        return swedish;
    }

    public String englishName() {
        return english;
    }

    /** The name in the language of the locale (Swedish for sv, English otherwise). */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }

    /**
     * Whether an organisationsnummer's group digit is the usual one for this form. A mismatch is worth a warning,
     * never an error: näringsdrivande ideella föreningar often have numbers starting with 7.
     */
    public boolean usualGroup(OrganisationNumber number) {
        return groups.isEmpty() || groups.contains(number.group());
    }

    /** The usual group digits, e.g. [7] for an ekonomisk förening; empty when any is usual. */
    public Set<Integer> usualGroups() {
        return groups;
    }

    /**
     * Reads a JURFORM code ("51"), the code name ("EKONOMISK_FORENING"), or the Swedish or English name in any
     * case and with or without accents ("Ekonomisk förening", "ideell forening"). 49 means AKTIEBOLAG.
     */
    public static LegalForm parse(String text) {
        return find(text).orElseThrow(() -> new DomainException(Message.of(LegalForm.class, "legalForm.unknown",
                text == null ? "" : text.strip(), Arrays.stream(values())
                        .map(f -> f.jurform().isPresent() ? f.jurform + " " + f.swedish : f.swedish)
                        .distinct().collect(Collectors.joining(", ")))));
    }

    /** Like {@link #parse} but empty for text that names no form. */
    public static Optional<LegalForm> find(String text) {
        String trimmed = text == null ? "" : text.strip();
        LegalForm exact = Names.BY_NAME.get(trimmed);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(Names.BY_NAME.get(normalise(trimmed)));
    }

    private static String normalise(String text) {
        String folded = Names.MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Names.SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Every way to write each form, made once on first use (imports look a form up for every row). */
    private static final class Names {
        static final Pattern MARKS = Pattern.compile("\\p{M}");
        static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
        static final Map<String, LegalForm> BY_NAME = index();

        private static Map<String, LegalForm> index() {
            Map<String, LegalForm> names = new HashMap<>();
            for (LegalForm form : values()) {
                for (String name : List.of(form.name(), form.swedish, form.english)) {
                    names.putIfAbsent(name, form);
                    names.putIfAbsent(normalise(name), form);
                }
                if (form.jurform != 0) {
                    names.putIfAbsent(String.valueOf(form.jurform), form);
                }
            }
            names.put("ab", AKTIEBOLAG);
            names.put("AB", AKTIEBOLAG);
            return Map.copyOf(names);
        }
    }
}
