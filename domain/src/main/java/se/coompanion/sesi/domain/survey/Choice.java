package se.coompanion.sesi.domain.survey;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One answer of a SINGLE, MULTI or LIKERT_5 question: its code (what is keyed and exported) and its label (what
 * the form says). Codes are whole numbers from 0 to 999999 written without leading zeros, so that they are the
 * values of SPSS and R and can name a MULTI option's export column ({@code q5___2}).
 *
 * @param code  e.g. "1"
 * @param label e.g. "Ja"
 */
public record Choice(String code, String label) {

    /** Longest label accepted. */
    public static final int MAX_LABEL = 500;

    private static final Pattern CODE = Pattern.compile("0|[1-9][0-9]{0,5}");

    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        code = code.strip();
        label = label.strip();
        if (!CODE.matcher(code).matches()) {
            throw new DomainException(Message.of(Choice.class, "choice.code", code));
        }
        if (label.isEmpty()) {
            throw new DomainException(Message.of(Choice.class, "choice.noLabel", code));
        }
        if (label.length() > MAX_LABEL || label.indexOf('|') >= 0) {
            throw new DomainException(Message.of(Choice.class, "choice.label", code, MAX_LABEL));
        }
    }

    /**
     * Reads the choices as the data dictionary writes them: {@code 1, Ja | 2, Nej | 9, Vet ej} (code, comma, label;
     * choices separated by {@code |}). A blank text is no choices. Codes must be unique.
     */
    public static ImmutableList<Choice> parseList(String text) {
        if (text == null || text.isBlank()) {
            return ImmutableList.of();
        }
        ImmutableList.Builder<Choice> choices = ImmutableList.builder();
        Set<String> codes = new HashSet<>();
        for (String part : Splitter.on('|').trimResults().split(text)) {
            int comma = part.indexOf(',');
            if (comma < 0) {
                throw new DomainException(Message.of(Choice.class, "choice.shape", part));
            }
            Choice choice = new Choice(part.substring(0, comma), part.substring(comma + 1));
            if (!codes.add(choice.code())) {
                throw new DomainException(Message.of(Choice.class, "choice.twice", choice.code()));
            }
            choices.add(choice);
        }
        return choices.build();
    }

    /** The choices in the dictionary's form: {@code 1, Ja | 2, Nej}. */
    public static String format(List<Choice> choices) {
        return choices.stream().map(Choice::toString).collect(Collectors.joining(" | "));
    }

    @Override
    public String toString() {
        return code + ", " + label;
    }
}
