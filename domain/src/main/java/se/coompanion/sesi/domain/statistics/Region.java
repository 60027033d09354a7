package se.coompanion.sesi.domain.statistics;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Where a statistical figure applies: Sweden as a whole ({@code SE}), a county (two-digit code) or a
 * municipality (four-digit code), checked against the reference data.
 *
 * @param level the kind of region
 * @param code  {@code SE}, a county code such as {@code 22} or a municipality code such as {@code 2281}
 */
public record Region(Level level, String code) implements Comparable<Region> {

    /** The national level: Sweden. */
    public static final Region SWEDEN = new Region(Level.COUNTRY, "SE");

    /** Sweden first, then counties, then municipalities, each by code. */
    private static final Comparator<Region> ORDER = Comparator.comparing(Region::level).thenComparing(Region::code);

    /** The kinds of region, from the largest. */
    public enum Level {
        COUNTRY, COUNTY, MUNICIPALITY
    }

    public Region {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        switch (level) {
            case COUNTRY -> {
                if (!code.equals("SE")) {
                    throw new DomainException(Message.of(Region.class, "region.shape", code));
                }
            }
            case COUNTY -> County.of(code);
            case MUNICIPALITY -> Municipality.of(code);
        }
    }

    /**
     * Reads {@code SE} (also "Sverige", "Sweden"), a county code ({@code 22}) or a municipality code
     * ({@code 2281}). A code that lost its leading zero in a spreadsheet ({@code 1}, {@code 114}) gets a hint.
     */
    public static Region parse(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("se") || lower.equals("sverige") || lower.equals("sweden")) {
            return SWEDEN;
        }
        if (t.matches("[0-9]{2}")) {
            return new Region(Level.COUNTY, t);
        }
        if (t.matches("[0-9]{4}")) {
            return new Region(Level.MUNICIPALITY, t);
        }
        if (t.matches("[0-9]") || t.matches("[0-9]{3}")) {
            throw new DomainException(Message.of(Region.class, "region.leadingZero", t, "0" + t));
        }
        throw new DomainException(Message.of(Region.class, "region.shape", t));
    }

    public static Region of(County county) {
        return new Region(Level.COUNTY, county.code());
    }

    public static Region of(Municipality municipality) {
        return new Region(Level.MUNICIPALITY, municipality.code());
    }

    public boolean isNational() {
        return level == Level.COUNTRY;
    }

    /** The county, for a county. */
    public Optional<County> county() {
        return level == Level.COUNTY ? Optional.of(County.of(code)) : Optional.empty();
    }

    /** The municipality, for a municipality. */
    public Optional<Municipality> municipality() {
        return level == Level.MUNICIPALITY ? Optional.of(Municipality.of(code)) : Optional.empty();
    }

    /** The county a county or municipality lies in (itself for a county); empty for Sweden. */
    public Optional<County> enclosingCounty() {
        return switch (level) {
            case COUNTRY -> Optional.empty();
            case COUNTY -> county();
            case MUNICIPALITY -> municipality().map(Municipality::county);
        };
    }

    /** The official name: "Sverige" / "Sweden", "Västernorrlands län", "Sundsvalls kommun". */
    public Message name() {
        return switch (level) {
            case COUNTRY -> Message.of(Region.class, "region.SE");
            case COUNTY -> Message.literal(County.of(code).name());
            case MUNICIPALITY -> Message.literal(Municipality.of(code).name());
        };
    }

    /** The short name for charts: "Sverige" / "Sweden", "Västernorrland", "Sundsvall". */
    public Message shortName() {
        return switch (level) {
            case COUNTRY -> Message.of(Region.class, "region.SE");
            case COUNTY -> Message.literal(County.of(code).shortName());
            case MUNICIPALITY -> Message.literal(Municipality.of(code).shortName());
        };
    }

    @Override
    public int compareTo(Region other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code;
    }
}
