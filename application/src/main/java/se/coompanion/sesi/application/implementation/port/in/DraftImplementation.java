package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;

/**
 * Makes the implementation project's draft from the synthesis (docs/implementation.md): every recommendation becomes
 * a proposed activity resting on it, with the results its evidence suggests and their baselines; every actor of the
 * partner shortlist a partner with the role of its candidacy; the three target groups and the three horizontal
 * principles are laid out. Texts the draft writes are in the language given. A draft that exists is a
 * {@code ConflictException} unless {@code update} is set: then only recommendations no activity cites yet become new
 * proposals, and nothing the team wrote changes. Without recommendations a {@code ConflictException}; without a
 * pre-study a {@code NotFoundException}.
 */
public interface DraftImplementation {

    Result draft(Command command);

    /**
     * @param title    the implementation project's working title; empty for one made from the pre-study's name
     * @param update   add proposals to the draft that exists instead of refusing
     * @param language the language of the texts the draft writes: sv or en
     */
    record Command(@Size(max = 1000) String title, boolean update, @Pattern(regexp = "sv|en") String language) {
    }

    /**
     * @param draft    the draft as stored
     * @param proposed the activities proposed now, in number order
     * @param partners how many partners were taken from the shortlist now
     * @param updated  true when an existing draft was updated
     */
    record Result(ImplementationDraft draft, List<ActivityId> proposed, int partners, boolean updated) {

        public Result {
            Objects.requireNonNull(draft, "draft");
            proposed = List.copyOf(proposed);
        }
    }
}
