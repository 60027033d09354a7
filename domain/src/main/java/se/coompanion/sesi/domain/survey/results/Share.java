package se.coompanion.sesi.domain.survey.results;

import java.util.OptionalDouble;

/** A part of a whole as a share from 0 to 1; not defined (empty) when the whole is 0. */
final class Share {

    private Share() {
    }

    static OptionalDouble of(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
