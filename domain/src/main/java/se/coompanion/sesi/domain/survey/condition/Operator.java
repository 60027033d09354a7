package se.coompanion.sesi.domain.survey.condition;

/** The comparisons a show-if condition can make. */
public enum Operator {
    EQUAL("="), NOT_EQUAL("<>"), GREATER(">"), LESS("<"), GREATER_OR_EQUAL(">="), LESS_OR_EQUAL("<=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** As written in a condition: {@code =}, {@code <>}, ... ({@code !=} is read as {@code <>}). */
    public String symbol() {
        return symbol;
    }

    /** True for {@code > < >= <=}, which need an ordered value (a number, a Likert point or a date). */
    public boolean isOrdering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    boolean holds(int comparison) {
        return switch (this) {
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
            case GREATER -> comparison > 0;
            case LESS -> comparison < 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case LESS_OR_EQUAL -> comparison <= 0;
        };
    }
}
