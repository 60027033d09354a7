package se.coompanion.sesi.domain.shared;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A Swedish county (län) with its two-digit SCB code. The 21 counties come from the reference data shipped
 * with the domain (SCB codes, CC0), see {@code docs/reference-data.md}.
 *
 * @param code      two digits, e.g. "22"
 * @param name      official name, e.g. "Västernorrlands län"
 * @param shortName e.g. "Västernorrland"
 */
public record County(String code, String name, String shortName) implements Comparable<County> {

    public County {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }

    /** The county with this code; a code that is not one of the 21 is an error naming the value. */
    public static County of(String code) {
        String trimmed = code == null ? "" : code.strip();
        County county = ReferenceRegions.counties().get(trimmed);
        if (county == null) {
            throw new DomainException(Message.of(County.class, "county.unknown", trimmed));
        }
        return county;
    }

    /** All 21 counties in code order. */
    public static ImmutableList<County> all() {
        return ReferenceRegions.counties().values().asList();
    }

    /** The municipalities of this county in code order. */
    public ImmutableList<Municipality> municipalities() {
        return ReferenceRegions.municipalitiesByCounty().get(code);
    }

    @Override
    public int compareTo(County other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
