package se.coompanion.sesi.domain.seminar;

import java.util.ArrayList;
import java.util.List;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Ratings on the scale 1 to 5 given by the participants of a seminar (an agenda item's relevance for the region, the
 * seminar's evaluation), counted per point of the scale: the ratings are anonymous, so the tally is all that is kept.
 * N is the number of ratings; the mean is (1 x ones + 2 x twos + ... + 5 x fives) / N.
 *
 * @param ones   ratings of 1
 * @param twos   ratings of 2
 * @param threes ratings of 3
 * @param fours  ratings of 4
 * @param fives  ratings of 5
 */
public record RatingTally(int ones, int twos, int threes, int fours, int fives) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final RatingTally NONE = new RatingTally(0, 0, 0, 0, 0);

    public RatingTally {
        for (int count : new int[] {ones, twos, threes, fours, fives}) {
            if (count < 0) {
                throw new IllegalArgumentException("a count of ratings is never negative: " + count);
            }
        }
    }

    /** The tally of these ratings, each 1 to 5. */
    public static RatingTally of(List<Integer> ratings) {
        RatingTally tally = NONE;
        for (int rating : ratings) {
            tally = tally.plus(rating);
        }
        return tally;
    }

    /**
     * Reads ratings as typed: whole numbers from 1 to 5 separated by commas or spaces ({@code 5,4,4,3}). Every value
     * that is not a rating is named in one message.
     */
    public static RatingTally parse(String text) {
        List<Integer> ratings = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String part : (text == null ? "" : text.strip()).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int rating = Integer.parseInt(part);
                if (rating >= LOWEST && rating <= HIGHEST) {
                    ratings.add(rating);
                    continue;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            wrong.add(part);
        }
        if (!wrong.isEmpty()) {
            throw new DomainException(Message.of(RatingTally.class, "rating.range", String.join(", ", wrong)));
        }
        if (ratings.isEmpty()) {
            throw new DomainException(Message.of(RatingTally.class, "rating.none"));
        }
        return of(ratings);
    }

    /** The tally with one more rating. */
    public RatingTally plus(int rating) {
        return switch (rating) {
            case 1 -> new RatingTally(ones + 1, twos, threes, fours, fives);
            case 2 -> new RatingTally(ones, twos + 1, threes, fours, fives);
            case 3 -> new RatingTally(ones, twos, threes + 1, fours, fives);
            case 4 -> new RatingTally(ones, twos, threes, fours + 1, fives);
            case 5 -> new RatingTally(ones, twos, threes, fours, fives + 1);
            default -> throw new DomainException(Message.of(RatingTally.class, "rating.range", rating));
        };
    }

    /** Both tallies together. */
    public RatingTally plus(RatingTally other) {
        return new RatingTally(ones + other.ones, twos + other.twos, threes + other.threes, fours + other.fours,
                fives + other.fives);
    }

    /** How many gave this rating (1 to 5). */
    public int count(int rating) {
        return switch (rating) {
            case 1 -> ones;
            case 2 -> twos;
            case 3 -> threes;
            case 4 -> fours;
            case 5 -> fives;
            default -> throw new IllegalArgumentException("rating " + rating);
        };
    }

    /** N: the number of ratings. */
    public int n() {
        return ones + twos + threes + fours + fives;
    }

    /** The mean rating with its N. */
    public Mean mean() {
        return new Mean(n(), ones + 2L * twos + 3L * threes + 4L * fours + 5L * fives);
    }
}
