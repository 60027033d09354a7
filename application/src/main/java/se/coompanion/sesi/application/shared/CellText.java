package se.coompanion.sesi.application.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.VisibleText;

/**
 * What no cell of an imported file may hold, whatever its column (docs/reliability.md, "Bad input"):
 * <ul>
 * <li>a control character other than tab and line breaks (a broken export, or a binary file read as text), and
 *     a byte order mark inside the text (files joined together);</li>
 * <li>a character that changes the direction of writing or has no width ({@link VisibleText}): the text would
 *     show differently from what it is;</li>
 * <li>text that a spreadsheet would run as a formula when the data is exported and opened again (CSV injection):
 *     a cell beginning with {@code =} or {@code @}, or with {@code +} or {@code -} unless the cell is a number or
 *     a telephone number ({@code -2,5}, {@code +46 70-123 45 67}) or a dash used as a bullet ({@code - text},
 *     without {@code |}, {@code !} or {@code (} in it).</li>
 * </ul>
 */
public final class CellText {

    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-][0-9 ().,/\\-]*");

    private CellText() {
    }

    /** The problem of a cell's raw text, or empty when the text is allowed. */
    public static Optional<Message> check(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFEFF') {
                return Optional.of(Message.of(CellText.class, "cell.bom"));
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(Message.of(CellText.class, "cell.control",
                        String.format(Locale.ROOT, "%04X", (int) c)));
            }
            if (VisibleText.isHidden(c)) {
                return Optional.of(Message.of(CellText.class, "cell.hidden", VisibleText.codePoint(c)));
            }
        }
        String text = raw.strip();
        return looksLikeFormula(text)
                ? Optional.of(Message.of(CellText.class, "cell.formula", text.substring(0, 1)))
                : Optional.empty();
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if (first != '+' && first != '-') {
            return false;
        }
        if (NUMBER_OR_PHONE.matcher(text).matches()) {
            return false;
        }
        boolean bullet = text.length() > 1 && text.charAt(1) == ' ';
        return !bullet || text.chars().anyMatch(c -> c == '|' || c == '!' || c == '(');
    }
}
