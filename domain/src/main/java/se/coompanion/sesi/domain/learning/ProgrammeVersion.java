package se.coompanion.sesi.domain.learning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A version of the prototype learning programme. The method is iterative prototyping (SAM): a version is built,
 * piloted and evaluated, and what the pilot taught goes into the next version. So every version after the first
 * records what changed and why (the pilot's findings); the modules themselves are compared with the previous
 * version's (carried over, changed, new, removed).
 *
 * @param number    1, 2, 3 ...
 * @param title     the programme's name in this version
 * @param changes   what changed from the previous version (required from version 2)
 * @param reason    why: the pilot's findings (required from version 2)
 * @param createdOn the day the version was made
 */
public record ProgrammeVersion(int number, String title, Optional<String> changes, Optional<String> reason,
        LocalDate createdOn) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 4000;

    public ProgrammeVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1: " + number);
        }
        title = TextField.required(Message.of(ProgrammeVersion.class, "field.programmeTitle"), title, MAX_TITLE);
        changes = TextField.optional(Message.of(ProgrammeVersion.class, "field.changes"), changes, MAX_TEXT);
        reason = TextField.optional(Message.of(ProgrammeVersion.class, "field.reason"), reason, MAX_TEXT);
        Objects.requireNonNull(createdOn, "createdOn");
        if (number > 1 && (changes.isEmpty() || reason.isEmpty())) {
            throw new DomainException(Message.of(ProgrammeVersion.class, "version.changesAndReason", number));
        }
    }
}
