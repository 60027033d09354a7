package se.coompanion.sesi.domain.survey.results;

/**
 * Who a table column is about: the usable returns of the group (N) and how they split for the question. Every
 * return is in exactly one of: not asked (the form's branching skipped the question for its answers), no answer
 * (shown, left empty: item non-response) and valid (answered). Percentages are of the valid answers; the other two
 * are shown beside them, outside the base.
 *
 * @param returns  N: the usable returns of the group
 * @param notAsked returns whose form skipped the question
 * @param noAnswer returns that were shown the question and left it empty
 * @param valid    returns with an answer (for MULTI: respondents, who ticked at least one option)
 */
public record Base(long returns, long notAsked, long noAnswer, long valid) {

    public Base {
        if (returns < 0 || notAsked < 0 || noAnswer < 0 || valid < 0 || notAsked + noAnswer + valid != returns) {
            throw new IllegalArgumentException("N " + returns + " is not the sum of not asked " + notAsked
                    + ", no answer " + noAnswer + " and valid " + valid);
        }
    }

    /** The base from N and the tallies of a question (rows of unanswered and first rows of answers). */
    static Base of(long returns, long noAnswer, long valid) {
        return new Base(returns, returns - noAnswer - valid, noAnswer, valid);
    }
}
