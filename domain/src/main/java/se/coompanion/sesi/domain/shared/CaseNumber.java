package se.coompanion.sesi.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case number (diarienummer), such as the ESF+ number 23-032-S01. Stored exactly as given. The check is
 * loose on purpose: letters and digits in groups joined by hyphens, slashes or dots, so that no real number
 * is rejected because of a stricter guess. {@link #hasEsfShape()} tells whether it has the usual NN-NNN-XNN
 * shape.
 *
 * @param value the number as written
 */
public record CaseNumber(String value) {

    private static final Pattern LOOSE = Pattern.compile("[\\p{L}\\p{N}]+([-/. ][\\p{L}\\p{N}]+)*");
    private static final Pattern ESF = Pattern.compile("[0-9]{2}-[0-9]{3}-[\\p{L}\\p{N}]{3}");
    private static final int MAX_LENGTH = 40;

    public CaseNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !LOOSE.matcher(value).matches()) {
            throw new DomainException(Message.of(CaseNumber.class, "caseNumber.shape", value, MAX_LENGTH));
        }
    }

    public static CaseNumber parse(String text) {
        return new CaseNumber(text == null ? "" : text.strip());
    }

    /** True for the usual ESF shape NN-NNN-XNN (two digits, three digits, three letters or digits). */
    public boolean hasEsfShape() {
        return ESF.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
