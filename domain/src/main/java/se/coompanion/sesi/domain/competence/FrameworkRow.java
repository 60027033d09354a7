package se.coompanion.sesi.domain.competence;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a competence framework as written in a file: the competence's key and names, its area's key, and
 * (on at least the first line of an area, or never) the area's names. Missing English names are the Swedish ones;
 * an area never named is called by its key.
 *
 * @param key           the competence's key
 * @param area          the area's key
 * @param swedish       the competence's name in Swedish
 * @param english       the competence's name in English, if given
 * @param areaSwedish   the area's name in Swedish, if given on this line
 * @param areaEnglish   the area's name in English, if given on this line
 */
public record FrameworkRow(CompetenceKey key, CompetenceKey area, String swedish, Optional<String> english,
        Optional<String> areaSwedish, Optional<String> areaEnglish) {

    public FrameworkRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(swedish, "swedish");
        english = english.map(String::strip).filter(s -> !s.isEmpty());
        areaSwedish = areaSwedish.map(String::strip).filter(s -> !s.isEmpty());
        areaEnglish = areaEnglish.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** An area called by its key when no line names it: {@code social_economy} is "Social economy". */
    static String nameOf(CompetenceKey area) {
        String words = area.value().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
