package se.coompanion.sesi.domain.seminar;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * One version of a seminar's minutes.
 *
 * @param version     its number, from 1
 * @param text        the minutes (plain text or Markdown)
 * @param status      DRAFT or FINAL
 * @param writtenAt   when its text was last written
 * @param finalisedAt when it was made final; empty for a draft
 */
public record MinutesVersion(int version, String text, MinutesStatus status, Instant writtenAt,
        Optional<Instant> finalisedAt) {

    public static final int MAX_TEXT = 200_000;

    public MinutesVersion {
        if (version < 1) {
            throw new IllegalArgumentException("minutes versions are numbered from 1: " + version);
        }
        text = text(text);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(finalisedAt, "finalisedAt");
        if ((status == MinutesStatus.FINAL) != finalisedAt.isPresent()) {
            throw new IllegalArgumentException("a final version, and only a final one, has a time it was finalised");
        }
    }

    /** Checks the text of minutes: not blank, at most {@value #MAX_TEXT} characters; line ends as {@code \n}. */
    public static String text(String text) {
        String normalised = text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
        String checked = TextField.required(Message.of(MinutesVersion.class, "field.minutes"), normalised, MAX_TEXT);
        if (checked.indexOf('\0') >= 0) {
            throw new DomainException(Message.of(MinutesVersion.class, "minutes.binary"));
        }
        return checked;
    }

    public boolean isFinal() {
        return status == MinutesStatus.FINAL;
    }
}
