package se.coompanion.sesi.adapters.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * What a document tells its reader about where, in the program the reader uses, something is recorded or shown. The
 * documents themselves name no program: the final report says that nothing is recorded for the stakeholder analysis
 * yet, and the program that made it may add how to record it. The command line supplies hints that name its
 * commands; a web application may name its pages; {@link #NONE} adds nothing, and every document reads well without
 * hints.
 *
 * <p>A hint is one or more whole sentences in the language of the locale, ending with a full stop; the document puts
 * it after the sentence it belongs to, as plain text (it is escaped like every other text).
 */
@FunctionalInterface
public interface RecordingHints {

    /** No hints: the documents say what is missing, not where to record it. */
    RecordingHints NONE = (topic, locale) -> Optional.empty();

    /** What a hint is about. */
    enum Topic {
        /** How an activity's target is set. */
        TARGET,
        /** How the sources and findings of the environmental scan are recorded. */
        SCAN,
        /** How the actors are assessed (power, interest, attitude, candidacy). */
        STAKEHOLDERS,
        /** How the municipalities' needs are recorded. */
        NEEDS,
        /** How the social enterprises' competence ratings are recorded. */
        COMPETENCE,
        /** Where the Borich ranking of the competence gaps is shown with its counts. */
        RANKING,
        /** How the postal survey's questionnaire and sampling frame are loaded. */
        SURVEY,
        /** How the analysis seminar is planned and documented. */
        SEMINAR,
        /** How the learning programme is developed and evaluated. */
        LEARNING,
        /** How the statistics are imported and the information material is written. */
        MATERIAL,
        /** How the recommendations for the implementation project are recorded. */
        RECOMMENDATIONS
    }

    /**
     * The hint on a topic in a language.
     *
     * @param topic  what the hint is about
     * @param locale the document's language
     * @return whole sentences, or empty for none
     */
    Optional<String> hint(Topic topic, Locale locale);

    /**
     * The text with the hint on the topic after it, separated by a space; the text alone when there is none.
     *
     * @param text   a sentence of a document
     * @param topic  what the hint is about
     * @param locale the document's language
     * @return the text, and the hint when there is one
     */
    default String after(String text, Topic topic, Locale locale) {
        return hint(topic, locale).filter(h -> !h.isBlank()).map(h -> text + " " + h.strip()).orElse(text);
    }
}
