package se.coompanion.sesi.application.shared;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The input is wrong. Lists every problem found (with file and line for imports), not just the first, so
 * that a person can fix them all at once. When more problems were found than are kept, {@link #omitted()}
 * says how many more there were.
 */
public class InvalidInputException extends SesiException {

    private final ImmutableList<Problem> problems;
    private final int omitted;

    public InvalidInputException(List<Problem> problems) {
        this(problems, 0);
    }

    public InvalidInputException(List<Problem> problems, int omitted) {
        super(summary(problems, omitted));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = ImmutableList.copyOf(problems);
        this.omitted = omitted;
    }

    public static InvalidInputException of(Problem problem) {
        return new InvalidInputException(List.of(problem));
    }

    public static InvalidInputException of(Message message) {
        return of(Problem.of(message));
    }

    /** A broken rule of the model reported as bad input. */
    public static InvalidInputException of(DomainException e) {
        return of(Problem.of(e.text()));
    }

    public ImmutableList<Problem> problems() {
        return problems;
    }

    /** Problems found but not kept (a file with very many bad rows). */
    public int omitted() {
        return omitted;
    }

    @Override
    public String getMessage(Locale locale) {
        String listed = problems.stream().map(p -> p.format(locale)).collect(Collectors.joining("\n"));
        return omitted == 0 ? listed : listed + "\n" + Message.of(InvalidInputException.class, "problems.omitted",
                omitted).format(locale);
    }

    @Override
    public String getMessage() {
        return getMessage(Locale.ROOT);
    }

    private static Message summary(List<Problem> problems, int omitted) {
        return Message.of(InvalidInputException.class, "problems.count", problems.size() + omitted);
    }
}
