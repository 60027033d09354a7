package se.coompanion.sesi.domain.survey;

/**
 * How large the sampling frame is.
 *
 * @param units       every row stored, in the population or not
 * @param population  the units of the survey population (with a response id)
 * @param unconfirmed population units whose business activity is still to be confirmed
 */
public record FrameSize(int units, int population, int unconfirmed) {

    /** Rows kept in the frame but outside the population. */
    public int excluded() {
        return units - population;
    }
}
