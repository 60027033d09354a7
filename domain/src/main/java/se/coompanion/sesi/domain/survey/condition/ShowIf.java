package se.coompanion.sesi.domain.survey.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Reads a show-if condition of the data dictionary into a {@link Condition}. Grammar ({@code and} binds tighter
 * than {@code or}; both group from the left; keywords in any case):
 *
 * <pre>
 * condition  = conjunction { "or" conjunction }
 * conjunction = primary { "and" primary }
 * primary    = "(" condition ")" | reference operator value
 * reference  = "[" variable [ "(" code ")" ] "]"          e.g. [q3], [q5(2)]
 * operator   = "=" | "&lt;&gt;" | "!=" | "&gt;" | "&lt;" | "&gt;=" | "&lt;="
 * value      = "'" text "'" | '"' text '"' | number        e.g. '1', "ja", 18, 2.5
 * </pre>
 *
 * Any text that is not a condition is a {@link DomainException} saying what was expected where (and nothing else
 * is ever thrown). Whether the variables exist and come earlier is checked by the questionnaire.
 */
public final class ShowIf {

    /** Longest condition accepted. */
    public static final int MAX_LENGTH = 1000;
    /** Deepest nesting of parentheses accepted. */
    public static final int MAX_DEPTH = 20;

    private static final Pattern REFERENCE = Pattern.compile(
            "\\[\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\(\\s*([A-Za-z0-9_]+)\\s*\\))?\\s*]");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String text;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private ShowIf(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The condition written in {@code text}. */
    public static Condition parse(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new DomainException(Message.of(ShowIf.class, "showIf.empty"));
        }
        if (written.length() > MAX_LENGTH) {
            throw new DomainException(Message.of(ShowIf.class, "showIf.tooLong", written.length(), MAX_LENGTH));
        }
        ShowIf parser = new ShowIf(written, tokenize(written));
        Condition condition = parser.disjunction();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw parser.unexpected(rest, "showIf.expectedAndOr");
        }
        return condition;
    }

    /** The condition, or empty for a blank text. */
    public static Optional<Condition> parseOptional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    private Condition disjunction() {
        Condition left = conjunction();
        while (peek().kind() == Kind.OR) {
            next++;
            left = new Condition.Or(left, conjunction());
        }
        return left;
    }

    private Condition conjunction() {
        Condition left = primary();
        while (peek().kind() == Kind.AND) {
            next++;
            left = new Condition.And(left, primary());
        }
        return left;
    }

    private Condition primary() {
        Token token = peek();
        if (token.kind() == Kind.OPEN) {
            if (++depth > MAX_DEPTH) {
                throw new DomainException(Message.of(ShowIf.class, "showIf.tooDeep", text, MAX_DEPTH));
            }
            next++;
            Condition inner = disjunction();
            Token close = peek();
            if (close.kind() != Kind.CLOSE) {
                throw unexpected(close, "showIf.expectedClose");
            }
            next++;
            depth--;
            return inner;
        }
        if (token.kind() != Kind.REFERENCE) {
            throw unexpected(token, "showIf.expectedComparison");
        }
        next++;
        Token operator = peek();
        if (operator.kind() != Kind.OPERATOR) {
            throw unexpected(operator, "showIf.expectedOperator");
        }
        next++;
        Token value = peek();
        if (value.kind() != Kind.VALUE) {
            throw unexpected(value, "showIf.expectedValue");
        }
        next++;
        Matcher reference = REFERENCE.matcher(token.text());
        if (!reference.matches()) {
            throw new IllegalStateException("the tokenizer let through a bad reference: " + token.text());
        }
        return new Condition.Comparison(new Reference(reference.group(1), Optional.ofNullable(reference.group(2))),
                operator(operator.text()), value.value());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private DomainException unexpected(Token found, String expected) {
        Message what = found.kind() == Kind.END ? Message.of(ShowIf.class, "showIf.end")
                : Message.of(ShowIf.class, "showIf.found", found.text());
        return new DomainException(Message.of(ShowIf.class, "showIf.unexpected", text, what, found.position() + 1,
                Message.of(ShowIf.class, expected)));
    }

    private static Operator operator(String symbol) {
        return switch (symbol) {
            case "=", "==" -> Operator.EQUAL;
            case "<>", "!=" -> Operator.NOT_EQUAL;
            case ">" -> Operator.GREATER;
            case "<" -> Operator.LESS;
            case ">=" -> Operator.GREATER_OR_EQUAL;
            case "<=" -> Operator.LESS_OR_EQUAL;
            default -> throw new IllegalStateException("unknown operator " + symbol);
        };
    }

    private enum Kind {
        REFERENCE, OPERATOR, VALUE, AND, OR, OPEN, CLOSE, END
    }

    /**
     * @param kind     what it is
     * @param text     as written
     * @param value    a value's text without its quotes
     * @param position where it starts (0-based)
     */
    private record Token(Kind kind, String text, String value, int position) {
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), "", i));
                i++;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    throw new DomainException(Message.of(ShowIf.class, "showIf.unclosedBracket", text, i + 1));
                }
                String reference = text.substring(i, end + 1);
                if (!REFERENCE.matcher(reference).matches()) {
                    throw new DomainException(Message.of(ShowIf.class, "showIf.badReference", text, reference, i + 1));
                }
                tokens.add(new Token(Kind.REFERENCE, reference, "", i));
                i = end + 1;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new DomainException(Message.of(ShowIf.class, "showIf.unclosedQuote", text, i + 1));
                }
                tokens.add(new Token(Kind.VALUE, text.substring(i, end + 1), text.substring(i + 1, end).strip(), i));
                i = end + 1;
            } else if ("=<>!".indexOf(c) >= 0) {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                String symbol = switch (two) {
                    case "<>", "!=", ">=", "<=", "==" -> two;
                    default -> String.valueOf(c);
                };
                if (symbol.equals("!")) {
                    throw new DomainException(Message.of(ShowIf.class, "showIf.badCharacter", text, "!", i + 1));
                }
                tokens.add(new Token(Kind.OPERATOR, symbol, "", i));
                i += symbol.length();
            } else if (c == '-' || Character.isDigit(c)) {
                Matcher number = NUMBER.matcher(text).region(i, text.length());
                if (!number.lookingAt()) {
                    throw new DomainException(Message.of(ShowIf.class, "showIf.badCharacter", text, String.valueOf(c),
                            i + 1));
                }
                tokens.add(new Token(Kind.VALUE, number.group(), number.group(), i));
                i = number.end();
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                switch (word.toLowerCase(Locale.ROOT)) {
                    case "and" -> tokens.add(new Token(Kind.AND, word, "", i));
                    case "or" -> tokens.add(new Token(Kind.OR, word, "", i));
                    default -> throw new DomainException(Message.of(ShowIf.class, "showIf.badWord", text, word, i + 1));
                }
                i = end;
            } else {
                throw new DomainException(Message.of(ShowIf.class, "showIf.badCharacter", text,
                        String.valueOf(Character.toChars(text.codePointAt(i))), i + 1));
            }
        }
        tokens.add(new Token(Kind.END, "", "", text.length()));
        return tokens;
    }
}
