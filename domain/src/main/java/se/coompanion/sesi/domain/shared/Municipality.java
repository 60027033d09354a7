package se.coompanion.sesi.domain.shared;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A Swedish municipality (kommun) with its four-digit SCB code; the first two digits are its county's code.
 * The 290 municipalities come from the reference data shipped with the domain (CC0), see
 * {@code docs/reference-data.md}.
 *
 * @param code      four digits, e.g. "2281"
 * @param name      official name, e.g. "Sundsvalls kommun"
 * @param shortName e.g. "Sundsvall"
 * @param county    the county it lies in
 */
public record Municipality(String code, String name, String shortName, County county)
        implements Comparable<Municipality> {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(county, "county");
        if (!code.startsWith(county.code())) {
            throw new DomainException(Message.of(Municipality.class, "municipality.countyMismatch", code,
                    county.code()));
        }
    }

    /** The municipality with this code; a code that is not one of the 290 is an error naming the value. */
    public static Municipality of(String code) {
        String trimmed = code == null ? "" : code.strip();
        Municipality municipality = ReferenceRegions.municipality(trimmed);
        if (municipality == null) {
            String key = trimmed.matches("[0-9]{4}") ? "municipality.unknown" : "municipality.shape";
            throw new DomainException(Message.of(Municipality.class, key, trimmed));
        }
        return municipality;
    }

    /** True when the code is one of the 290. */
    public static boolean exists(String code) {
        return code != null && ReferenceRegions.municipalities().containsKey(code.strip());
    }

    /** All 290 municipalities in code order. */
    public static ImmutableList<Municipality> all() {
        return ReferenceRegions.municipalities().values().asList();
    }

    @Override
    public int compareTo(Municipality other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code + " " + shortName;
    }
}
