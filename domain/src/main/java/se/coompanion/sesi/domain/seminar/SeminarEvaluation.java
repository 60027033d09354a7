package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * The participants' evaluation of the seminar itself: their ratings from 1 (poor) to 5 (very good), reported as the
 * mean with its N, and their comments.
 *
 * @param ratings  the ratings
 * @param comments the comments, in the order recorded
 */
public record SeminarEvaluation(RatingTally ratings, ImmutableList<String> comments) {

    public static final int MAX_COMMENT = 4000;
    public static final SeminarEvaluation NONE = new SeminarEvaluation(RatingTally.NONE, ImmutableList.of());

    public SeminarEvaluation {
        Objects.requireNonNull(ratings, "ratings");
        comments = Objects.requireNonNull(comments, "comments").stream().map(SeminarEvaluation::comment)
                .collect(ImmutableList.toImmutableList());
    }

    /** Checks a comment: not blank, at most {@value #MAX_COMMENT} characters. */
    public static String comment(String text) {
        return TextField.required(Message.of(SeminarEvaluation.class, "field.comment"), text, MAX_COMMENT);
    }

    /** The evaluation with more ratings and comments. */
    public SeminarEvaluation plus(RatingTally more, List<String> moreComments) {
        return new SeminarEvaluation(ratings.plus(more), ImmutableList.<String>builder().addAll(comments)
                .addAll(moreComments).build());
    }

    public boolean isEmpty() {
        return ratings.n() == 0 && comments.isEmpty();
    }
}
