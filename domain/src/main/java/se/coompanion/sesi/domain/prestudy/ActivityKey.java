package se.coompanion.sesi.domain.prestudy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/** The eight activities of a pre-study of this kind, in the order of the plan. */
public enum ActivityKey {
    /** Omvärldsanalys: knowledge from similar projects, research and reports. */
    ENVIRONMENTAL_SCAN,
    /** Fördjupad intressentanalys: relevant partners for the implementation project. */
    STAKEHOLDER_ANALYSIS,
    /** Fördjupad behovsanalys in each municipality of the region. */
    NEEDS_ANALYSIS,
    /** Kartläggning av kompetensbehov among social enterprises. */
    COMPETENCE_MAPPING,
    /** Enkätundersökning per post to associations with business activity. */
    POSTAL_SURVEY,
    /** Analysseminarium with social-economy actors. */
    ANALYSIS_SEMINAR,
    /** Informationsmaterial with statistics on women's entrepreneurship. */
    INFORMATION_MATERIAL,
    /** Prototyp på lärprogram, developed and tested. */
    LEARNING_PROGRAMME;

    /** The activity's name for people ("Behovsanalys" / "Needs analysis"). */
    public Message title() {
        return Glossary.term("activity", this);
    }

    /** What the activity is for, in a sentence. */
    public Message description() {
        return Message.of(ActivityKey.class, "activity." + name() + ".what");
    }

    /** Reads the key, case-insensitively, with hyphens or underscores. */
    public static ActivityKey parse(String text) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of(ActivityKey.class, "activity.unknown", text,
                    Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
