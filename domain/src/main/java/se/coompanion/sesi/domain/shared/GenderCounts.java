package se.coompanion.sesi.domain.shared;

import java.util.Map;

/**
 * A number of people split by gender, as ESF+ asks for every count of people.
 *
 * @param women     women
 * @param men       men
 * @param nonBinary non-binary people
 * @param notStated people whose gender is not stated
 */
public record GenderCounts(int women, int men, int nonBinary, int notStated) {

    public static final GenderCounts ZERO = new GenderCounts(0, 0, 0, 0);

    public GenderCounts {
        for (int count : new int[] {women, men, nonBinary, notStated}) {
            if (count < 0) {
                throw new DomainException(Message.of(GenderCounts.class, "genderCounts.negative", count));
            }
        }
    }

    public static GenderCounts of(Map<Gender, Integer> counts) {
        return new GenderCounts(counts.getOrDefault(Gender.WOMAN, 0), counts.getOrDefault(Gender.MAN, 0),
                counts.getOrDefault(Gender.NON_BINARY, 0), counts.getOrDefault(Gender.NOT_STATED, 0));
    }

    /** One person of the given gender. */
    public static GenderCounts one(Gender gender) {
        return ZERO.plus(gender, 1);
    }

    public int total() {
        return women + men + nonBinary + notStated;
    }

    public int get(Gender gender) {
        return switch (gender) {
            case WOMAN -> women;
            case MAN -> men;
            case NON_BINARY -> nonBinary;
            case NOT_STATED -> notStated;
        };
    }

    public GenderCounts plus(GenderCounts other) {
        return new GenderCounts(women + other.women, men + other.men, nonBinary + other.nonBinary,
                notStated + other.notStated);
    }

    public GenderCounts plus(Gender gender, int count) {
        return switch (gender) {
            case WOMAN -> new GenderCounts(women + count, men, nonBinary, notStated);
            case MAN -> new GenderCounts(women, men + count, nonBinary, notStated);
            case NON_BINARY -> new GenderCounts(women, men, nonBinary + count, notStated);
            case NOT_STATED -> new GenderCounts(women, men, nonBinary, notStated + count);
        };
    }
}
