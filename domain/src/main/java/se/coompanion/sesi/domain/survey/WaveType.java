package se.coompanion.sesi.domain.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The contacts of Dillman's tailored design for a mail survey, in their order: a pre-notice letter a few days
 * before the questionnaire, the questionnaire itself, a reminder postcard about a week later, a replacement
 * questionnaire to those who have not answered, and a final contact (often by another mode or special mail).
 */
public enum WaveType {
    PRE_NOTICE, QUESTIONNAIRE, REMINDER_POSTCARD, REPLACEMENT_QUESTIONNAIRE, FINAL_CONTACT;

    /** True for the waves that carry a printed questionnaire (its version is recorded with the wave). */
    public boolean carriesQuestionnaire() {
        return this == QUESTIONNAIRE || this == REPLACEMENT_QUESTIONNAIRE;
    }

    /** True for the waves that follow up a questionnaire already sent. */
    public boolean isFollowUp() {
        return this == REMINDER_POSTCARD || this == REPLACEMENT_QUESTIONNAIRE || this == FINAL_CONTACT;
    }

    public Message title() {
        return Message.of(WaveType.class, "wave." + name());
    }

    /** Reads the name in any case, with hyphens or underscores: {@code reminder-postcard}. */
    public static WaveType parse(String text) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of(WaveType.class, "wave.unknown", text == null ? "" : text.strip(),
                    Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
